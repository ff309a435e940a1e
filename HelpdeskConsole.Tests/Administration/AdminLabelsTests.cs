using System.Globalization;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tests.Administration;

public sealed class AdminLabelsTests
{
    private static readonly string[] SlaActions = ["Deleted", "Reset", "Confirmed"];

    [Theory]
    [InlineData("id-ID", "Akun|Tim|Kategori|Kebijakan SLA|Pengaturan eskalasi|Hari libur|Periode Ramadan|Jam kerja tim")]
    [InlineData("en-GB", "Account|Team|Category|SLA policy|Escalation settings|Holiday|Ramadan period|Team hours")]
    public void Area_EveryAuditArea_HasALabelInTheViewersLanguage(string culture, string expected) =>
        InCulture(culture, (a, _) => Assert.Equal(expected, string.Join('|', AuditLogService.Areas.Select(area => a.Area(area)))));

    [Theory]
    [InlineData("id-ID", "Dihapus|Dikembalikan ke bawaan|Dikonfirmasi", "Ikut jam kerja Ramadan: yes → no")]
    [InlineData("en-GB", "Deleted|Reset to defaults|Confirmed", "Follows Ramadan hours: yes → no")]
    public void ActionAndDetailLines_SlaAdminChanges_ReadInTheViewersLanguage(string culture, string actions, string detail) =>
        InCulture(culture, (a, l) =>
        {
            Assert.Equal(actions, string.Join('|', SlaActions.Select(action => a.Action(action))));
            Assert.Equal([detail], a.DetailLines(l, "KeepsRamadanHours: yes → no"));
        });

    private static void InCulture(string culture, Action<IStringLocalizer<AdminStrings>, IStringLocalizer<Strings>> test)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
            test(services.GetRequiredService<IStringLocalizer<AdminStrings>>(), services.GetRequiredService<IStringLocalizer<Strings>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
