using HelpdeskConsole.Intake;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// Realistic complaints as a citizen would submit them online, from the demo corpus: categories in the desk's
/// proportions, formal and colloquial Indonesian with some English, the identity modes in their usual shares.
/// Used by the <c>--simulate</c> demo; the result goes through the real intake path and its validation.
/// </summary>
public static class SimulatedComplaints
{
    private static readonly (TicketChannel Channel, double Weight)[] Channels =
        [(TicketChannel.Web, 35), (TicketChannel.WhatsApp, 25), (TicketChannel.Lapor, 20), (TicketChannel.Email, 10), (TicketChannel.MediaSosial, 10)];

    private static readonly double[] CategoryWeights = [.. ReferenceDataSeeder.Categories.Select(c => (double)c.SharePercent)];

    public static NewComplaint Next(Random random, DateTime nowUtc)
    {
        var code = ReferenceDataSeeder.Categories[random.PickIndex(CategoryWeights)].Code;
        var corpus = DemoCorpus.For(code);
        var channel = random.PickWeighted(Channels);
        var english = random.Chance(corpus.EnglishShare);
        var person = english && random.Chance(0.65) ? IndonesianNames.NextForeigner(random) : IndonesianNames.NextPerson(random);
        var register = english ? Register.English : random.Chance(0.45) ? Register.Formal : Register.Casual;

        var roll = random.NextDouble();
        var mode = roll < 0.87 && !person.Foreign ? IdentityMode.Terbuka : roll < 0.97 ? IdentityMode.Anonim : IdentityMode.Rahasia;
        var named = mode == IdentityMode.Terbuka || random.Chance(0.4);
        var @case = ComplaintWriter.NewCase(random, corpus, register, person, named, nowUtc);
        var kind = @case.Topic.Kind;
        if (kind == TicketKind.Wbs)
        {
            mode = IdentityMode.Rahasia;
        }

        return new NewComplaint
        {
            Kind = kind.ToWire(),
            CategoryCode = code,
            Channel = channel.ToWire(),
            Subject = Clip(ComplaintWriter.Subject(random, @case, officerTyped: false), ComplaintValidator.MaxSubject),
            Body = Clip(ComplaintWriter.Body(random, @case, channel), ComplaintValidator.MaxBody),
            IdentityMode = mode.ToWire(),
            Name = named ? person.Name : null,
            Nik = mode == IdentityMode.Terbuka ? IndonesianNames.Nik(person, random) : null,
            Phone = random.Chance(0.8) ? IndonesianNames.Phone(random) : null,
            Email = channel == TicketChannel.Email || random.Chance(0.3) ? IndonesianNames.Email(person, random) : null,
        };
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
