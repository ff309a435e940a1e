namespace HelpdeskConsole.Administration;

/// <summary>One row of the categories list.</summary>
public sealed record CategoryListItem(
    int Id,
    string Code,
    string NameId,
    string NameEn,
    int TeamId,
    string TeamName,
    bool IsActive);

/// <summary>A new category. The code is fixed once created: integrations and reports use it.</summary>
public sealed record NewCategory(string Code, string NameId, string NameEn, int? TeamId);

/// <summary>What may change on an existing category.</summary>
public sealed record CategoryChanges(string NameId, string NameEn, int? TeamId);
