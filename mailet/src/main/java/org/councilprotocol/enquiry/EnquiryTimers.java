package org.councilprotocol.enquiry;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.councilprotocol.config.EnquiryConfig;
import org.councilprotocol.model.Nation;

/**
 * The dates of an enquiry's timer, from a profile's {@code enquiries} section on the council's working
 * calendar (Europe/London; the day of receipt is day 0):
 * <ul>
 *   <li>due: the {@code working-days}th working day after receipt (Thanet 9.1.4: ten);</li>
 *   <li>reminder: {@code reminder-before} working days before due (0: on the due day), but never on the
 *       day the timer starts: an enquiry due soon after it opens is reminded on the next working day, and
 *       not at all if that is after the due date;</li>
 *   <li>deadline reminder: the same, before the date the member asked for, when that is earlier than due;</li>
 *   <li>overdue notice: the first working day after due. That is the day after due unless it is a
 *       weekend, bank holiday or closure day: a notice that asks for action today is sent on a day when
 *       the officer and manager are at work (due Thursday 24 December 2026 in England: Tuesday 29);</li>
 *   <li>escalation: {@code escalate-after} working days after due;</li>
 *   <li>digest: on the profile's digest day, or the first working day after it when that is a holiday.</li>
 * </ul>
 * A day's messages go out from {@link #WORKING_DAY_STARTS} London time, not at midnight. Pure and
 * thread-safe.
 */
public final class EnquiryTimers {
    /** The London time from which a day's reminders are sent. */
    public static final LocalTime WORKING_DAY_STARTS = LocalTime.of(7, 0);

    private final WorkingCalendar calendar;
    private final EnquiryConfig config;
    private final LocalTime sendFrom;

    public EnquiryTimers(WorkingCalendar calendar, EnquiryConfig config) {
        this(calendar, config, WORKING_DAY_STARTS);
    }

    /** @param sendFrom the London time from which each day's reminders go out */
    public EnquiryTimers(WorkingCalendar calendar, EnquiryConfig config, LocalTime sendFrom) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.config = Objects.requireNonNull(config, "config");
        this.sendFrom = Objects.requireNonNull(sendFrom, "sendFrom");
    }

    /** The timers of a nation's bank holidays and the profile's closure days. */
    public static EnquiryTimers of(Nation nation, EnquiryConfig config) {
        return new EnquiryTimers(WorkingCalendar.of(nation, config), config);
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public EnquiryConfig config() {
        return config;
    }

    /** One message a timer sends: its kind, the date it is about (due date or stated deadline), the day it goes. */
    public record Step(ReminderKind kind, LocalDate about, LocalDate sendOn) {
        public Step {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(about, "about");
            Objects.requireNonNull(sendOn, "sendOn");
        }
    }

    /**
     * An enquiry's timer: its due date, the deadline the member stated (if any), and the days its
     * reminders, overdue notice and escalation go.
     */
    public record Schedule(LocalDate due, Optional<LocalDate> statedDeadline, Optional<LocalDate> reminder,
                           Optional<LocalDate> deadlineReminder, LocalDate overdue, LocalDate escalation) {
        public Schedule {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(statedDeadline, "statedDeadline");
            Objects.requireNonNull(reminder, "reminder");
            Objects.requireNonNull(deadlineReminder, "deadlineReminder");
            Objects.requireNonNull(overdue, "overdue");
            Objects.requireNonNull(escalation, "escalation");
            if (deadlineReminder.isPresent() && statedDeadline.isEmpty()) {
                throw new IllegalArgumentException("a deadline reminder needs a stated deadline");
            }
        }

        /** Every message of the timer, in the order they go (ties in {@link ReminderKind} order). */
        public List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            deadlineReminder.ifPresent(day -> steps.add(new Step(ReminderKind.DEADLINE_REMINDER, statedDeadline.get(), day)));
            reminder.ifPresent(day -> steps.add(new Step(ReminderKind.REMINDER, due, day)));
            steps.add(new Step(ReminderKind.OVERDUE, due, overdue));
            steps.add(new Step(ReminderKind.ESCALATION, due, escalation));
            steps.sort(Comparator.comparing(Step::sendOn).thenComparing(Step::kind));
            return steps;
        }
    }

    /** The due date of an enquiry received at an instant. */
    public LocalDate dueDate(Instant receivedAt) {
        return dueDate(WorkingCalendar.dayOfReceipt(receivedAt));
    }

    /** The due date of an enquiry received on a London day (day 0). */
    public LocalDate dueDate(LocalDate dayOfReceipt) {
        return calendar.addWorkingDays(dayOfReceipt, config.workingDays());
    }

    /** The timer of an enquiry received at an instant, with the deadline the member stated, if any. */
    public Schedule opening(Instant receivedAt, Optional<LocalDate> statedDeadline) {
        LocalDate dayZero = WorkingCalendar.dayOfReceipt(receivedAt);
        return schedule(dayZero, dueDate(dayZero), statedDeadline);
    }

    /**
     * The timer for a due date set on day {@code from} (the day of receipt, or the day a holding reply
     * moved the due date).
     */
    public Schedule schedule(LocalDate from, LocalDate due, Optional<LocalDate> statedDeadline) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(statedDeadline, "statedDeadline");
        return new Schedule(due, statedDeadline, reminderDate(from, due),
            statedDeadline.flatMap(stated -> deadlineReminderDate(from, stated, due)),
            overdueDate(due), escalationDate(due));
    }

    /**
     * The day of the reminder before {@code due}: {@code reminder-before} working days before it, not
     * before the first working day after {@code from}; empty when that is after the due date.
     */
    public Optional<LocalDate> reminderDate(LocalDate from, LocalDate due) {
        return before(from, due);
    }

    /**
     * The day of the reminder before the member's own deadline, when it is earlier than the due date
     * (a later one is met by answering on time, and reminded by the due date's reminder).
     */
    public Optional<LocalDate> deadlineReminderDate(LocalDate from, LocalDate statedDeadline, LocalDate due) {
        return statedDeadline.isBefore(due) ? before(from, statedDeadline) : Optional.empty();
    }

    private Optional<LocalDate> before(LocalDate from, LocalDate target) {
        LocalDate day = calendar.minusWorkingDays(target, config.reminderBefore());
        if (!day.isAfter(from)) {
            day = calendar.nextWorkingDay(from);
        }
        return day.isAfter(target) ? Optional.empty() : Optional.of(day);
    }

    /** The day of the overdue notice: the first working day after due. */
    public LocalDate overdueDate(LocalDate due) {
        return calendar.nextWorkingDay(due);
    }

    /** The day of the escalation to the director: {@code escalate-after} working days after due. */
    public LocalDate escalationDate(LocalDate due) {
        return calendar.addWorkingDays(due, config.escalateAfter());
    }

    /**
     * The day whose messages are due at an instant: the London date, or the day before until the
     * working day starts (at 06:30 on Tuesday, Monday's).
     */
    public LocalDate actionDay(Instant now) {
        ZonedDateTime london = now.atZone(WorkingCalendar.LONDON);
        return london.toLocalTime().isBefore(sendFrom) ? london.toLocalDate().minusDays(1) : london.toLocalDate();
    }

    /**
     * The digest that should have gone by {@code day}: the date of this week's digest day (on or before
     * {@code day}), once its sending day has come, i.e. that date or, when it is not a working day, the
     * first working day after it. Empty when the profile has no digest, or this week's is not due yet.
     */
    public Optional<LocalDate> digestDue(LocalDate day) {
        if (config.digest().isEmpty()) {
            return Optional.empty();
        }
        DayOfWeek digestDay = config.digest().get();
        LocalDate week = day.with(TemporalAdjusters.previousOrSame(digestDay));
        return day.isBefore(digestSendingDay(week)) ? Optional.empty() : Optional.of(week);
    }

    /** The day the digest of a week goes: its digest date, or the first working day after. */
    public LocalDate digestSendingDay(LocalDate digestDate) {
        return calendar.isWorkingDay(digestDate) ? digestDate : calendar.nextWorkingDay(digestDate);
    }
}
