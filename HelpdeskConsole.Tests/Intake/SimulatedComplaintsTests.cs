using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Intake;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Tests.Intake;

public sealed class SimulatedComplaintsTests
{
    private static readonly ComplaintValidator Validator = new(new StringLocalizer<IntakeStrings>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    [Fact]
    public void Next_ManyComplaints_AllPassTheRealValidationAndVary()
    {
        var random = new Random(42);
        var codes = ReferenceDataSeeder.Categories.Select(c => c.Code).ToList();
        var complaints = Enumerable.Range(0, 500).Select(_ => SimulatedComplaints.Next(random, new DateTime(2026, 11, 29, 3, 0, 0, DateTimeKind.Utc))).ToList();

        foreach (var complaint in complaints)
        {
            var (valid, errors) = Validator.Validate(complaint, codes);
            Assert.True(valid is not null, string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }

        Assert.True(complaints.Select(c => c.Subject).Distinct().Count() > 200, "subjects should not repeat much");
        Assert.Equal(codes.Order(), complaints.Select(c => c.CategoryCode!).Distinct().Order());
        Assert.Contains(complaints, c => c.IdentityMode == "anonim");
        Assert.Contains(complaints, c => c.IdentityMode == "terbuka");
        // UPAH is the largest category (22%), TKA the smallest (3%).
        Assert.True(complaints.Count(c => c.CategoryCode == "UPAH") > complaints.Count(c => c.CategoryCode == "TKA"));
    }
}
