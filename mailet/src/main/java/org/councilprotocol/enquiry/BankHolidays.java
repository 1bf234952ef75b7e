package org.councilprotocol.enquiry;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import org.councilprotocol.model.Nation;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The bank holidays of one UK nation, substitute days included, from Jollyday (de.focus-shift,
 * Apache-2.0), which encodes the gov.uk lists, substitute-day rules and one-off days (jubilees, the
 * Coronation, Scotland's 2026 World Cup day). One instance per nation, shared; each year is read from
 * Jollyday once and then kept, so a look-up is two hash probes.
 *
 * <p>Jollyday finds its XML reader and JAXB finds its runtime through {@link java.util.ServiceLoader},
 * which looks in the thread's context class loader. Inside James that is not necessarily the loader of
 * the plugin jar, so every call into Jollyday runs with this class's loader as the context loader.
 */
public final class BankHolidays {
    /** Years outside this range are refused: no enquiry timer needs them, and each year read is kept. */
    static final int FIRST_YEAR = 1974;
    static final int LAST_YEAR = 2200;

    private static final Map<Nation, BankHolidays> BY_NATION = new EnumMap<>(Nation.class);

    private final Nation nation;
    private final String region;
    private final HolidayManager manager;
    private final ConcurrentMap<Integer, NavigableMap<LocalDate, String>> years = new ConcurrentHashMap<>();

    private BankHolidays(Nation nation) {
        this.nation = nation;
        this.region = region(nation);
        this.manager = withOwnClassLoader(
            () -> HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM)));
    }

    /** The shared instance for a nation; the first call reads Jollyday's UK calendar. */
    public static BankHolidays of(Nation nation) {
        synchronized (BY_NATION) {
            return BY_NATION.computeIfAbsent(nation, BankHolidays::new);
        }
    }

    /** Jollyday's ISO 3166-2 subdivision of {@code GB} for a nation. */
    static String region(Nation nation) {
        return switch (nation) {
            case ENGLAND_AND_WALES -> "eng";
            case SCOTLAND -> "sct";
            case NORTHERN_IRELAND -> "nir";
        };
    }

    public Nation nation() {
        return nation;
    }

    /** Whether the day is a bank holiday (the substitute day, not the weekend day, when one moved). */
    public boolean isBankHoliday(LocalDate date) {
        return in(date.getYear()).containsKey(date);
    }

    /** The holiday's English name, e.g. "Boxing Day (substitute day)", or empty on an ordinary day. */
    public Optional<String> name(LocalDate date) {
        return Optional.ofNullable(in(date.getYear()).get(date));
    }

    /** A year's bank holidays by the day they are taken, with their names. */
    public NavigableMap<LocalDate, String> in(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                "Bank holidays are known for " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
        }
        NavigableMap<LocalDate, String> known = years.get(year);
        return known != null ? known : years.computeIfAbsent(year, this::read);
    }

    private NavigableMap<LocalDate, String> read(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        for (Holiday holiday : withOwnClassLoader(() -> manager.getHolidays(Year.of(year), region))) {
            // getDate() is the day the holiday is taken; getActualDate() the day it commemorates.
            LocalDate taken = holiday.getDate();
            if (taken.getYear() != year) {
                continue;
            }
            String name = withOwnClassLoader(() -> holiday.getDescription(Locale.UK));
            if (!taken.equals(holiday.getActualDate())) {
                name += " (substitute day)";
            }
            days.merge(taken, name, (first, second) -> first + ", " + second);
        }
        return Collections.unmodifiableNavigableMap(days);
    }

    private static <T> T withOwnClassLoader(Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader own = BankHolidays.class.getClassLoader();
        if (previous == own) {
            return call.get();
        }
        thread.setContextClassLoader(own);
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
