package org.councilprotocol.enquiry;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.model.Nation;

/**
 * A council's working days: Monday to Friday, less the bank holidays of its nation (substitute days
 * included) and the council's own closure days (e.g. 29–31 December).
 *
 * <p>Counting follows the protocols: the day a message is received is day 0 whatever the hour, in the
 * council's time zone (Europe/London), and a target of N working days falls on the Nth working day after
 * it. A message received on a Saturday, or at 23:30 on a Friday in summer time, is received on that
 * London day.
 *
 * <p>Immutable and thread-safe; bank holidays are shared per nation and cached per year, so every
 * operation is a few hash look-ups per day counted.
 */
public final class WorkingCalendar {
    /** The council's time zone: the calendar day of receipt is taken here. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The longest count accepted, about ten years of working days: a bigger target is a mistake. */
    public static final int MAX_WORKING_DAYS = 2_600;

    private final BankHolidays bankHolidays;
    private final Set<LocalDate> closureDays;

    private WorkingCalendar(BankHolidays bankHolidays, Collection<LocalDate> closureDays) {
        this.bankHolidays = bankHolidays;
        this.closureDays = Set.copyOf(closureDays);
    }

    /** The calendar of a nation's bank holidays and a council's closure days. */
    public static WorkingCalendar of(Nation nation, Collection<LocalDate> closureDays) {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(closureDays, "closureDays");
        return new WorkingCalendar(BankHolidays.of(nation), closureDays);
    }

    /** The calendar of a nation's bank holidays only. */
    public static WorkingCalendar of(Nation nation) {
        return of(nation, List.of());
    }

    /** The calendar of a nation and the closure days of a profile's {@code enquiries} section. */
    public static WorkingCalendar of(Nation nation, EnquiryConfig enquiries) {
        return of(nation, enquiries.closureDays());
    }

    public Nation nation() {
        return bankHolidays.nation();
    }

    /** The council's closure days, in date order. */
    public Set<LocalDate> closureDays() {
        return new TreeSet<>(closureDays);
    }

    /** The London calendar day an instant falls on: day 0 of any count started by it. */
    public static LocalDate dayOfReceipt(Instant receivedAt) {
        return LocalDate.ofInstant(receivedAt, LONDON);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
            && !closureDays.contains(date)
            && !bankHolidays.isBankHoliday(date);
    }

    /**
     * Why a day is not a working day, in words for a notice ("Saturday", "Boxing Day (substitute
     * day)", "council closure day"), or empty on a working day.
     */
    public Optional<String> whyNotWorking(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.of(day == DayOfWeek.SATURDAY ? "Saturday" : "Sunday");
        }
        Optional<String> holiday = bankHolidays.name(date);
        if (holiday.isPresent()) {
            return holiday;
        }
        return closureDays.contains(date) ? Optional.of("council closure day") : Optional.empty();
    }

    /**
     * The Nth working day after {@code start}, which is day 0 (and need not be a working day itself);
     * with n = 0, {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be 0–" + MAX_WORKING_DAYS + ", not " + n);
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The Nth working day before {@code end} (which need not be a working day itself); with n = 0,
     * {@code end}. The mirror of {@link #addWorkingDays}: a reminder two working days before a Monday
     * due date falls on the Thursday.
     */
    public LocalDate minusWorkingDays(LocalDate end, int n) {
        Objects.requireNonNull(end, "end");
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be 0–" + MAX_WORKING_DAYS + ", not " + n);
        }
        LocalDate day = end;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /** The last working day before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code to} is earlier,
     * 0 when they are the same day. E.g. Wednesday to the next Monday is 3 (Thursday, Friday, Monday).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The due date of a target of N working days for a message received at an instant. */
    public LocalDate dueDate(Instant receivedAt, int workingDays) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        return addWorkingDays(dayOfReceipt(receivedAt), workingDays);
    }
}
