namespace HelpdeskConsole.Tickets;

/// <summary>
/// The person behind a ticket. Everything here except <see cref="IdentityMode"/> is personal data
/// (UU 27/2022): never put it in URLs, logs, job arguments or push payloads.
/// </summary>
public class Complainant
{
    public int Id { get; set; }
    public IdentityMode IdentityMode { get; set; } = IdentityMode.Terbuka;
    public string? Name { get; set; }

    /// <summary>National ID number, 16 digits. Masked by default; every reveal is logged in the ticket history.</summary>
    public string? Nik { get; set; }

    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public DateTime CreatedAt { get; set; }
}
