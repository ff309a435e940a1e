namespace HelpdeskConsole.Escalation;

/// <summary>
/// Seed data: Indonesia's national holidays, collective leave (cuti bersama) and Ramadan periods for 2026 and 2027,
/// for the app to copy into its database, where admins edit them. Every entry is marked unconfirmed.
/// </summary>
/// <remarks>
/// <para>2026 follows the joint decree (SKB) of the Ministers of Religious Affairs, Manpower and PANRB announced on
/// 19 September 2025 (No. 1497/2025, 2/2025, 5/2025): 17 national holidays and 8 collective-leave days, as reported
/// by the press at the time, not checked against the decree's own text.</para>
/// <para>2027 has no collective leave here: it is a policy choice published in the 2027 decree, which these data
/// predate. Its national holidays are estimates: fixed dates, Easter-based dates, and lunar dates computed ahead
/// (Islamic dates by the Umm al-Qura tables or the MABIMS crescent criterion the Ministry of Religious Affairs uses,
/// so they may move a day after the government's sighting session; Nyepi by the Balinese calendar; Waisak at the
/// May full moon). Add the decree's dates, and confirm these, before 2027.</para>
/// <para>Ramadan periods are the government's (first fasting day to the eve of Idulfitri); Muhammadiyah often starts
/// a day earlier. The civil-service Ramadan hours apply to the whole month, including days also closed.</para>
/// </remarks>
public static class IndonesianHolidays
{
    public static IReadOnlyList<NonWorkingDay> All { get; } = Array.AsReadOnly<NonWorkingDay>(
    [
        // 2026: national holidays (SKB 2026)
        National(2026, 1, 1, "Tahun Baru 2026 Masehi", "New Year's Day 2026"),
        National(2026, 1, 16, "Isra Mikraj Nabi Muhammad SAW", "Isra Mi'raj of the Prophet Muhammad"),
        National(2026, 2, 17, "Tahun Baru Imlek 2577 Kongzili", "Chinese New Year 2577"),
        National(2026, 3, 19, "Hari Suci Nyepi (Tahun Baru Saka 1948)", "Day of Silence (Saka New Year 1948)"),
        National(2026, 3, 21, "Idulfitri 1447 Hijriah", "Eid al-Fitr 1447 AH"),
        National(2026, 3, 22, "Idulfitri 1447 Hijriah (hari kedua)", "Eid al-Fitr 1447 AH (second day)"),
        National(2026, 4, 3, "Wafat Yesus Kristus", "Good Friday"),
        National(2026, 4, 5, "Kebangkitan Yesus Kristus (Paskah)", "Easter Sunday"),
        National(2026, 5, 1, "Hari Buruh Internasional", "International Labour Day"),
        National(2026, 5, 14, "Kenaikan Yesus Kristus", "Ascension of Jesus Christ"),
        National(2026, 5, 27, "Iduladha 1447 Hijriah", "Eid al-Adha 1447 AH"),
        National(2026, 5, 31, "Hari Raya Waisak 2570 BE", "Vesak Day 2570 BE"),
        National(2026, 6, 1, "Hari Lahir Pancasila", "Pancasila Day"),
        National(2026, 6, 16, "1 Muharam Tahun Baru Islam 1448 Hijriah", "Islamic New Year 1448 AH"),
        National(2026, 8, 17, "Proklamasi Kemerdekaan", "Independence Day"),
        National(2026, 8, 25, "Maulid Nabi Muhammad SAW", "Birthday of the Prophet Muhammad"),
        National(2026, 12, 25, "Kelahiran Yesus Kristus", "Christmas Day"),

        // 2026: collective leave (SKB 2026)
        Leave(2026, 2, 16, "Cuti bersama Tahun Baru Imlek 2577 Kongzili", "Collective leave: Chinese New Year"),
        Leave(2026, 3, 18, "Cuti bersama Hari Suci Nyepi", "Collective leave: Day of Silence"),
        Leave(2026, 3, 20, "Cuti bersama Idulfitri 1447 Hijriah", "Collective leave: Eid al-Fitr"),
        Leave(2026, 3, 23, "Cuti bersama Idulfitri 1447 Hijriah", "Collective leave: Eid al-Fitr"),
        Leave(2026, 3, 24, "Cuti bersama Idulfitri 1447 Hijriah", "Collective leave: Eid al-Fitr"),
        Leave(2026, 5, 15, "Cuti bersama Kenaikan Yesus Kristus", "Collective leave: Ascension of Jesus Christ"),
        Leave(2026, 5, 28, "Cuti bersama Iduladha 1447 Hijriah", "Collective leave: Eid al-Adha"),
        Leave(2026, 12, 24, "Cuti bersama Kelahiran Yesus Kristus", "Collective leave: Christmas"),

        // 2027: national holidays, estimated ahead of the 2027 SKB
        National(2027, 1, 1, "Tahun Baru 2027 Masehi", "New Year's Day 2027"),
        National(2027, 1, 5, "Isra Mikraj Nabi Muhammad SAW (1448 H)", "Isra Mi'raj of the Prophet Muhammad (1448 AH)"),
        National(2027, 2, 6, "Tahun Baru Imlek 2578 Kongzili", "Chinese New Year 2578"),
        National(2027, 3, 8, "Hari Suci Nyepi (Tahun Baru Saka 1949)", "Day of Silence (Saka New Year 1949)"),
        National(2027, 3, 10, "Idulfitri 1448 Hijriah", "Eid al-Fitr 1448 AH"),
        National(2027, 3, 11, "Idulfitri 1448 Hijriah (hari kedua)", "Eid al-Fitr 1448 AH (second day)"),
        National(2027, 3, 26, "Wafat Yesus Kristus", "Good Friday"),
        National(2027, 3, 28, "Kebangkitan Yesus Kristus (Paskah)", "Easter Sunday"),
        National(2027, 5, 1, "Hari Buruh Internasional", "International Labour Day"),
        National(2027, 5, 6, "Kenaikan Yesus Kristus", "Ascension of Jesus Christ"),
        National(2027, 5, 17, "Iduladha 1448 Hijriah", "Eid al-Adha 1448 AH"),
        National(2027, 5, 20, "Hari Raya Waisak 2571 BE", "Vesak Day 2571 BE"),
        National(2027, 6, 1, "Hari Lahir Pancasila", "Pancasila Day"),
        National(2027, 6, 6, "1 Muharam Tahun Baru Islam 1449 Hijriah", "Islamic New Year 1449 AH"),
        National(2027, 8, 14, "Maulid Nabi Muhammad SAW", "Birthday of the Prophet Muhammad"),
        National(2027, 8, 17, "Proklamasi Kemerdekaan", "Independence Day"),
        National(2027, 12, 25, "Kelahiran Yesus Kristus", "Christmas Day"),

        // The Hijri year is shorter: 27 Rajab comes round again (1449 H), on a weekend, with Christmas or a day after.
        National(2027, 12, 25, "Isra Mikraj Nabi Muhammad SAW (1449 H)", "Isra Mi'raj of the Prophet Muhammad (1449 AH)"),
    ]);

    /// <summary>The government's Ramadan (first fasting day to the eve of Idulfitri), when the civil service keeps Ramadan hours.</summary>
    public static IReadOnlyList<DatePeriod> Ramadan { get; } = Array.AsReadOnly<DatePeriod>(
    [
        // Muhammadiyah: 18 Feb – 19 Mar 2026. The SKB's Idulfitri on 21 March implies a government Ramadan of 30 days.
        new(new DateOnly(2026, 2, 19), new DateOnly(2026, 3, 20), "Ramadan 1447 H", "Ramadan 1447 AH"),
        new(new DateOnly(2027, 2, 8), new DateOnly(2027, 3, 9), "Ramadan 1448 H", "Ramadan 1448 AH"),
    ]);

    private static NonWorkingDay National(int year, int month, int day, string nameId, string nameEn) =>
        new(new DateOnly(year, month, day), nameId, nameEn, NonWorkingDayKind.NationalHoliday);

    private static NonWorkingDay Leave(int year, int month, int day, string nameId, string nameEn) =>
        new(new DateOnly(year, month, day), nameId, nameEn, NonWorkingDayKind.CollectiveLeave);
}
