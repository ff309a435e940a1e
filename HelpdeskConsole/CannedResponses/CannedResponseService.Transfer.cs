using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using CsvHelper.Configuration;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.CannedResponses;

/// <summary>One text as it travels between desks: no ids, no people, categories by code, the translation by its shortcut.</summary>
public sealed record TransferredResponse
{
    public string Shortcut { get; init; } = "";
    public string Language { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Category { get; init; }
    public string Purpose { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string Body { get; init; } = "";

    /// <summary>The shortcut of the same text in the other language, when the pair is linked.</summary>
    public string? Translation { get; init; }
}

/// <summary>The JSON file: a format name and version around the texts, so a later version can still read today's files.</summary>
public sealed record ResponseLibraryFile(string Format, int Version, IReadOnlyList<TransferredResponse> Responses)
{
    public const string FormatName = "helpdesk-canned-responses";
}

public sealed partial class CannedResponseService
{
    public const int MaxImportBytes = 2 * 1024 * 1024;
    public const int MaxImportRows = 2000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] CsvColumns = ["shortcut", "language", "title", "category", "purpose", "tags", "translation", "body"];
    private static readonly string[] RequiredCsvColumns = ["shortcut", "language", "title", "purpose", "body"];

    /// <summary>Every live text the viewer may read that matches the filter, as a file another desk can import.</summary>
    public async Task<(string FileName, string ContentType, byte[] Content)> ExportAsync(Viewer viewer, ResponseFilter filter, ExportFormat format,
        CancellationToken cancellationToken = default)
    {
        var items = await ListAsync(viewer, filter with { Sort = ResponseSort.Title }, cancellationToken);
        var shortcuts = items.ToDictionary(i => i.Id, i => i.Shortcut);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var partnerIds = items.Where(i => i.TranslationId is { } t && !shortcuts.ContainsKey(t)).Select(i => i.TranslationId!.Value).ToList();
        foreach (var partner in await db.CannedResponses.AsNoTracking().Where(r => partnerIds.Contains(r.Id)).Select(r => new { r.Id, r.Shortcut })
                     .ToListAsync(cancellationToken))
        {
            shortcuts[partner.Id] = partner.Shortcut;
        }

        var rows = items.Select(i => new TransferredResponse
        {
            Shortcut = i.Shortcut, Language = i.Language, Title = i.Title, Category = i.CategoryCode, Purpose = i.Purpose.ToString(),
            Tags = i.Tags, Body = i.Body, Translation = i.TranslationId is { } t ? shortcuts.GetValueOrDefault(t) : null,
        }).ToList();
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        if (format == ExportFormat.Json)
        {
            var file = new ResponseLibraryFile(ResponseLibraryFile.FormatName, 1, rows);
            return ($"canned-responses-{stamp}.json", "application/json", JsonSerializer.SerializeToUtf8Bytes(file, Json));
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var column in CsvColumns)
            {
                csv.WriteField(column);
            }

            await csv.NextRecordAsync();
            foreach (var r in rows)
            {
                csv.WriteField(r.Shortcut);
                csv.WriteField(r.Language);
                csv.WriteField(SpreadsheetSafe(r.Title));
                csv.WriteField(r.Category ?? "");
                csv.WriteField(r.Purpose);
                csv.WriteField(string.Join(' ', r.Tags));
                csv.WriteField(r.Translation ?? "");
                csv.WriteField(SpreadsheetSafe(r.Body));
                await csv.NextRecordAsync();
            }
        }

        // A byte-order mark, so a spreadsheet opens Indonesian and English text as UTF-8.
        return ($"canned-responses-{stamp}.csv", "text/csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())]);
    }

    /// <summary>
    /// Reads a JSON or CSV library file into one scope (personal, a team, or the desk, as the importer may write). A text
    /// with the same shortcut and language in that scope is updated (a new version), the rest are created. Rows with
    /// problems are listed and skipped; the good rows land together in one transaction, or none do.
    /// </summary>
    public async Task<AdminResult<ImportSummary>> ImportAsync(ClaimsPrincipal principal, Stream content, ExportFormat format,
        ResponseVisibility visibility, int? teamId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var viewer = await RequireViewerAsync(principal, cancellationToken);
        var errors = new AdminErrors(s);
        var rows = await ReadRowsAsync(content, format, errors, cancellationToken);
        if (rows is null)
        {
            return errors.Fail<ImportSummary>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var problems = new List<ImportProblem>();
        var seen = new HashSet<(string, string)>();
        int created = 0, updated = 0, unchanged = 0;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var landed = new List<(CannedResponse Response, string? Translation)>();
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var shortcut = NormalizeShortcut(row.Shortcut);
                var language = (row.Language ?? "").Trim().ToLowerInvariant();
                if (!seen.Add((shortcut, language)))
                {
                    problems.Add(new ImportProblem(i + 1, shortcut, s["Import_Duplicate", shortcut, language]));
                    continue;
                }

                int? categoryId = null;
                if (!string.IsNullOrWhiteSpace(row.Category))
                {
                    if (!categories.TryGetValue(row.Category.Trim(), out var id))
                    {
                        problems.Add(new ImportProblem(i + 1, shortcut, s["Import_UnknownCategory", row.Category.Trim()]));
                        continue;
                    }

                    categoryId = id;
                }

                ResponsePurpose? purpose = Enum.TryParse<ResponsePurpose>(row.Purpose?.Trim(), ignoreCase: true, out var p) && Enum.IsDefined(p) ? p : null;
                var input = new ResponseInput
                {
                    Title = row.Title, Shortcut = shortcut, Body = row.Body, Language = language, CategoryId = categoryId, Purpose = purpose,
                    Tags = row.Tags, Visibility = visibility, TeamId = teamId,
                };

                var existing = await ExistingInScopeAsync(db, viewer, shortcut, language, visibility, teamId, cancellationToken);
                var rowErrors = new AdminErrors(s);
                var valid = await ValidateAsync(db, viewer, input with { TranslationId = existing?.TranslationId }, existing, rowErrors, cancellationToken);
                if (valid is null)
                {
                    problems.AddRange(rowErrors.ToList().Select(e => new ImportProblem(i + 1, shortcut, e.Message)));
                    continue;
                }

                if (existing is null)
                {
                    var response = New(valid, viewer, now);
                    db.CannedResponses.Add(response);
                    await db.SaveChangesAsync(cancellationToken);
                    AddVersion(db, response, ResponseChange.Imported, [], viewer, now);
                    created++;
                    landed.Add((response, row.Translation));
                }
                else if (!Access(existing).CanEdit(viewer))
                {
                    problems.Add(new ImportProblem(i + 1, shortcut, s["Error_NotYours"]));
                }
                else if (valid.ChangedFields(existing) is { Count: > 0 } changed)
                {
                    valid.ApplyTo(existing);
                    Stamp(existing, viewer, now);
                    AddVersion(db, existing, ResponseChange.Imported, changed, viewer, now);
                    updated++;
                    landed.Add((existing, row.Translation));
                }
                else
                {
                    unchanged++;
                    landed.Add((existing, row.Translation));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            // Pairs are linked once both halves are in: by the translation's shortcut, in the other language, in the same scope.
            foreach (var (response, translation) in landed)
            {
                var partnerShortcut = NormalizeShortcut(translation);
                if (partnerShortcut.Length == 0 || response.TranslationId is not null)
                {
                    continue;
                }

                var otherLanguage = response.Language == "id" ? "en" : "id";
                var partner = landed.Select(l => l.Response).FirstOrDefault(r => r.Shortcut == partnerShortcut && r.Language == otherLanguage)
                    ?? await ExistingInScopeAsync(db, viewer, partnerShortcut, otherLanguage, visibility, teamId, cancellationToken);
                if (partner is not null && partner.TranslationId is null)
                {
                    partner.TranslationId = response.Id;
                    response.TranslationId = partner.Id;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return AdminResult.Ok(new ImportSummary(created, updated, unchanged, problems));
    }

    /// <summary>
    /// A cell a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>; a Markdown list starts with "- ")
    /// gets a leading apostrophe, which spreadsheets hide and <see cref="FromSpreadsheet"/> removes on import.
    /// </summary>
    private static string SpreadsheetSafe(string value) => value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;

    private static string? FromSpreadsheet(string? value) =>
        value is { Length: > 1 } && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static Task<CannedResponse?> ExistingInScopeAsync(HelpdeskDbContext db, Viewer viewer, string shortcut, string language,
        ResponseVisibility visibility, int? teamId, CancellationToken cancellationToken)
    {
        var query = db.CannedResponses.Where(r => r.ArchivedAt == null && r.Shortcut == shortcut && r.Language == language && r.Visibility == visibility);
        var team = visibility == ResponseVisibility.Team && !viewer.IsAdmin ? viewer.TeamId : teamId;
        query = visibility switch
        {
            ResponseVisibility.Team => query.Where(r => r.TeamId == team),
            ResponseVisibility.Personal => query.Where(r => r.OwnerId == viewer.UserId),
            _ => query,
        };
        return query.FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record ImportRow(string? Shortcut, string? Language, string? Title, string? Category, string? Purpose, IReadOnlyList<string> Tags,
        string? Translation, string? Body);

    private static async Task<List<ImportRow>?> ReadRowsAsync(Stream content, ExportFormat format, AdminErrors errors, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxImportBytes)
            {
                errors.Add("File", "Import_TooLarge", MaxImportBytes / 1024 / 1024);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        List<ImportRow> rows;
        try
        {
            rows = format == ExportFormat.Json ? ReadJson(buffer, errors) : ReadCsv(buffer, errors);
        }
        catch (Exception e) when (e is JsonException or CsvHelperException or DecoderFallbackException)
        {
            errors.Add("File", format == ExportFormat.Json ? "Import_BadJson" : "Import_BadCsv", e.Message.Split('\n')[0]);
            return null;
        }

        if (errors.Any)
        {
            return null;
        }

        if (rows.Count == 0)
        {
            errors.Add("File", "Import_Empty");
            return null;
        }

        if (rows.Count > MaxImportRows)
        {
            errors.Add("File", "Import_TooManyRows", MaxImportRows, rows.Count);
            return null;
        }

        return rows;
    }

    private static List<ImportRow> ReadJson(Stream content, AdminErrors errors)
    {
        using var document = JsonDocument.Parse(content);
        // The file this console writes, or a bare array of texts (easy to write by hand).
        var array = document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement
            : document.RootElement.TryGetProperty("responses", out var inner) && inner.ValueKind == JsonValueKind.Array ? inner : default;
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add("File", "Import_JsonShape");
            return [];
        }

        return [.. array.EnumerateArray().Select(e => e.Deserialize<TransferredResponse>(Json) ?? new TransferredResponse())
            .Select(r => new ImportRow(r.Shortcut, r.Language, r.Title, r.Category, r.Purpose, r.Tags ?? [], r.Translation, r.Body))];
    }

    private static List<ImportRow> ReadCsv(Stream content, AdminErrors errors)
    {
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            DetectDelimiter = true,
            MissingFieldFound = null,
            HeaderValidated = null,
        });
        if (!csv.Read() || !csv.ReadHeader())
        {
            return [];
        }

        var header = csv.HeaderRecord ?? [];
        var missing = RequiredCsvColumns
            .Where(c => !header.Any(h => h.Trim().Equals(c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            errors.Add("File", "Import_CsvColumns", string.Join(", ", missing), string.Join(",", CsvColumns));
            return [];
        }

        var rows = new List<ImportRow>();
        while (csv.Read())
        {
            string? Field(string name) => csv.TryGetField<string>(name, out var value) ? value : null;
            rows.Add(new ImportRow(Field("shortcut"), Field("language"), FromSpreadsheet(Field("title")), Field("category"), Field("purpose"),
                (Field("tags") ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries), Field("translation"), FromSpreadsheet(Field("body"))));
        }

        return rows;
    }
}
