using System.Collections.Frozen;
using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Intake;

/// <summary>
/// The API's lower-case names for the ticket vocabulary (any case accepted on input). Spelled out rather than
/// derived from the C# names, so renaming an enum member can never change the public contract.
/// </summary>
public static class WireValues
{
    public static readonly FrozenDictionary<string, TicketKind> Kinds = new Dictionary<string, TicketKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["pengaduan"] = TicketKind.Pengaduan,
        ["informasi"] = TicketKind.Informasi,
        ["konsultasi"] = TicketKind.Konsultasi,
        ["aspirasi"] = TicketKind.Aspirasi,
        ["wbs"] = TicketKind.Wbs,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, IdentityMode> IdentityModes = new Dictionary<string, IdentityMode>
    {
        ["terbuka"] = IdentityMode.Terbuka,
        ["anonim"] = IdentityMode.Anonim,
        ["rahasia"] = IdentityMode.Rahasia,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, TicketChannel> Channels = new Dictionary<string, TicketChannel>
    {
        ["web"] = TicketChannel.Web,
        ["telepon"] = TicketChannel.Telepon,
        ["loket"] = TicketChannel.Loket,
        ["email"] = TicketChannel.Email,
        ["whatsapp"] = TicketChannel.WhatsApp,
        ["lapor"] = TicketChannel.Lapor,
        ["media_sosial"] = TicketChannel.MediaSosial,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string ToWire(this TicketKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static string ToWire(this TicketChannel channel) => Channels.First(c => c.Value == channel).Key;

    public static string ToWire(this IdentityMode mode) => IdentityModes.First(m => m.Value == mode).Key;
}
