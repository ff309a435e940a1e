namespace HelpdeskConsole.CannedResponses;

/// <summary>
/// Where a canned response belongs in a good answer: one of the six stages of the service-excellence script, in order,
/// or one of the situations officers meet again and again.
/// </summary>
public enum ResponsePurpose
{
    // The stages, in the order a good answer takes them.
    Salam,
    Empati,
    Klarifikasi,
    Solusi,
    Komitmen,
    Penutup,

    // Situations.
    DeEscalation,
    MissingInformation,
    Forwarding,
    DelayApology,
    AutoCloseNotice,
}

public static class ResponsePurposes
{
    /// <summary>The six stages of a good answer, greeting to closing.</summary>
    public static readonly IReadOnlyList<ResponsePurpose> Stages =
    [
        ResponsePurpose.Salam, ResponsePurpose.Empati, ResponsePurpose.Klarifikasi,
        ResponsePurpose.Solusi, ResponsePurpose.Komitmen, ResponsePurpose.Penutup,
    ];

    public static readonly IReadOnlyList<ResponsePurpose> Situations =
    [
        ResponsePurpose.DeEscalation, ResponsePurpose.MissingInformation, ResponsePurpose.Forwarding,
        ResponsePurpose.DelayApology, ResponsePurpose.AutoCloseNotice,
    ];

    public static bool IsStage(this ResponsePurpose purpose) => purpose <= ResponsePurpose.Penutup;
}
