using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using HelpdeskConsole.Administration;
using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.CannedResponses;

/// <summary>
/// The canned-response library: who may read, write, propose, approve and roll back which text, with a version for
/// every change. Reads take a <see cref="Viewer"/>; every change resolves the caller from the database first, so a
/// demoted lead's open page cannot approve anything.
/// </summary>
public sealed partial class CannedResponseService(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    ViewerResolver viewers,
    WriteGate writeGate,
    TimeProvider clock,
    IStringLocalizer<CannedResponseStrings> s)
{
    public const int MaxTitle = CannedResponseConfiguration.MaxTitle;
    public const int MaxShortcut = CannedResponseConfiguration.MaxShortcut;
    public const int MaxBody = CannedResponseConfiguration.MaxBody;
    public const int MaxTags = 10;
    public const int MaxTagLength = 30;
    public const int MaxReviewNote = 500;

    public static readonly IReadOnlyList<string> Languages = ["id", "en"];

    // ---- Reading -------------------------------------------------------------------------------------------------

    public async Task<IReadOnlyList<ResponseListItem>> ListAsync(Viewer viewer, ResponseFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.CannedResponses.AsNoTracking().ReadableBy(viewer).Where(r => r.ArchivedAt == null);
        query = filter.Scope switch
        {
            ResponseScope.Mine => query.Where(r => r.Visibility == ResponseVisibility.Personal && r.OwnerId == viewer.UserId),
            ResponseScope.AwaitingApproval => query.Where(r => r.Visibility == ResponseVisibility.Personal && r.ProposedAt != null
                && (viewer.IsAdmin || (viewer.IsTeamLead && r.TeamId == viewer.TeamId))),
            _ => query,
        };

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToLowerInvariant();
#pragma warning disable CA1862 // Translated to SQL: lower() on both sides is the provider-neutral case-insensitive match.
            query = query.Where(r => r.Shortcut.Contains(search) || r.Title.ToLower().Contains(search) || r.Body.ToLower().Contains(search));
#pragma warning restore CA1862
        }

        if (filter.Purpose is { } purpose)
        {
            query = query.Where(r => r.Purpose == purpose);
        }

        if (filter.CategoryId is { } categoryId)
        {
            // A category's texts and the ones written for every category: what an officer on such a ticket could use.
            query = query.Where(r => r.CategoryId == categoryId || r.CategoryId == null);
        }

        if (filter.Language is { Length: > 0 } language)
        {
            query = query.Where(r => r.Language == language);
        }

        if (ResponseTags.Normalize(filter.Tag) is { Length: > 0 } tag)
        {
            var stored = ResponseTags.Delimiter + tag + ResponseTags.Delimiter;
            query = query.Where(r => r.Tags.Contains(stored));
        }

        var rows = query.Select(r => new
        {
            r.Id, r.Title, r.Shortcut, r.Body, r.Language, r.CategoryId, CategoryCode = r.Category != null ? r.Category.Code : null,
            r.Purpose, r.Tags, r.Visibility, r.TeamId, TeamName = r.Team != null ? r.Team.Name : null, r.OwnerId,
            OwnerName = r.Owner!.DisplayName, r.ProposedAt, r.ReviewNote, r.TranslationId, r.Version, r.UpdatedAt,
            UpdatedByName = r.UpdatedBy != null ? r.UpdatedBy.DisplayName : null,
            Uses = db.CannedResponseUsages.Count(u => u.ResponseId == r.Id),
            LastUsedAt = db.CannedResponseUsages.Where(u => u.ResponseId == r.Id).Max(u => (DateTime?)u.At),
        });
        var loaded = await rows.ToListAsync(cancellationToken);
        // Sorted here: a library is a few hundred texts, and the stages sort in script order, not by name.
        var list = filter.Sort switch
        {
            ResponseSort.Title => loaded.OrderBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Language, StringComparer.Ordinal),
            ResponseSort.Updated => loaded.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase),
            _ => loaded.OrderByDescending(r => r.Uses).ThenBy(r => r.Purpose).ThenBy(r => r.CategoryId is not null)
                .ThenBy(r => r.Shortcut, StringComparer.Ordinal).ThenBy(r => r.Language, StringComparer.Ordinal),
        };
        return [.. list.Select(r =>
        {
            var access = new ResponseAccess(r.Visibility, r.TeamId, r.OwnerId, r.ProposedAt is not null);
            return new ResponseListItem(r.Id, r.Title, r.Shortcut, r.Body, r.Language, r.CategoryId, r.CategoryCode, r.Purpose,
                ResponseTags.Split(r.Tags), r.Visibility, r.TeamId, r.TeamName, r.OwnerId, r.OwnerName, r.ProposedAt is not null,
                r.ReviewNote, r.TranslationId, r.Version, r.UpdatedAt, r.UpdatedByName, r.Uses, r.LastUsedAt,
                access.CanEdit(viewer), access.CanReview(viewer));
        })];
    }

    /// <summary>Every tag in use in what the viewer may read, for the library's filter.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.CannedResponses.AsNoTracking().ReadableBy(viewer).Where(r => r.ArchivedAt == null && r.Tags != "")
            .Select(r => r.Tags).Distinct().ToListAsync(cancellationToken);
        return [.. stored.SelectMany(ResponseTags.Split).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>A text's versions, newest first; empty when the viewer may not read it.</summary>
    public async Task<IReadOnlyList<ResponseVersionView>> VersionsAsync(Viewer viewer, int responseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.CannedResponses.ReadableBy(viewer).AnyAsync(r => r.Id == responseId, cancellationToken))
        {
            return [];
        }

        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);
        var versions = await db.CannedResponseVersions.AsNoTracking().Where(v => v.ResponseId == responseId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v, AuthorName = v.Author!.DisplayName })
            .ToListAsync(cancellationToken);
        return [.. versions.Select(x => new ResponseVersionView(x.v.Number, x.v.Change,
            x.v.ChangedFields.Length == 0 ? [] : x.v.ChangedFields.Split(','), x.v.Note, x.v.Title, x.v.Shortcut, x.v.Body, x.v.Language,
            x.v.CategoryId is { } c ? categories.GetValueOrDefault(c) : null, x.v.Purpose, ResponseTags.Split(x.v.Tags), x.v.Visibility,
            x.AuthorName, x.v.At))];
    }

    /// <summary>The approved texts (and the viewer's own) that the picker and the script panel may offer.</summary>
    public async Task<IReadOnlyList<PickableResponse>> PickableAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.CannedResponses.AsNoTracking().UsableBy(viewer)
            .OrderBy(r => r.Shortcut).ThenBy(r => r.Language)
            .Select(r => new
            {
                r.Id, r.Shortcut, r.Title, r.Body, r.Language, r.CategoryId, r.Purpose, r.Tags,
                Uses = db.CannedResponseUsages.Count(u => u.ResponseId == r.Id),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PickableResponse(r.Id, r.Shortcut, r.Title, r.Body, r.Language, r.CategoryId, r.Purpose,
            ResponseTags.Split(r.Tags), r.Uses))];
    }

    /// <summary>What the editor's lists offer: categories (active ones) and teams.</summary>
    public async Task<LibraryOptions> OptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new Tickets.QueueCategory(c.Id, c.Code, c.NameId, c.NameEn)).ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new LibraryTeam(t.Id, t.Name, t.TimeZoneId)).ToListAsync(cancellationToken);
        return new LibraryOptions(categories, teams);
    }

    // ---- Writing -------------------------------------------------------------------------------------------------

    public async Task<AdminResult<int>> CreateAsync(ClaimsPrincipal principal, ResponseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var viewer = await RequireViewerAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var errors = new AdminErrors(s);
            var valid = await ValidateAsync(db, viewer, input, null, errors, cancellationToken);
            if (valid is null)
            {
                return errors.Fail<int>();
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var response = New(valid, viewer, now);
            db.CannedResponses.Add(response);
            await db.SaveChangesAsync(cancellationToken);
            await LinkTranslationAsync(db, response, valid.TranslationId, cancellationToken);
            AddVersion(db, response, ResponseChange.Created, [], viewer, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return AdminResult.Ok(response.Id);
        }
    }

    /// <summary>Saves a new state of the text, as a new version; refused when someone saved another since <paramref name="expectedVersion"/>.</summary>
    public Task<AdminResult> UpdateAsync(ClaimsPrincipal principal, int responseId, int expectedVersion, ResponseInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(principal, responseId, expectedVersion, Edit, cancellationToken);

        async Task<ResponseChange?> Edit(HelpdeskDbContext db, Viewer viewer, CannedResponse response, AdminErrors errors, VersionRecord record)
        {
            if (!Access(response).CanEdit(viewer))
            {
                errors.Add(AdminError.Form, "Error_NotYours");
                return null;
            }

            var valid = await ValidateAsync(db, viewer, input, response, errors, cancellationToken);
            if (valid is null)
            {
                return null;
            }

            var changed = valid.ChangedFields(response);
            if (changed.Count == 0)
            {
                return null;
            }

            valid.ApplyTo(response);
            await LinkTranslationAsync(db, response, valid.TranslationId, cancellationToken);
            record.Fields = changed;
            return ResponseChange.Edited;
        }
    }

    /// <summary>An officer asks their team's lead to approve a personal text for the whole team.</summary>
    public Task<AdminResult> ProposeAsync(ClaimsPrincipal principal, int responseId, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(principal, responseId, expectedVersion, (_, viewer, response, errors, _) =>
        {
            if (response.Visibility != ResponseVisibility.Personal || response.OwnerId != viewer.UserId)
            {
                errors.Add(AdminError.Form, "Error_ProposeNotPersonal");
            }
            else if (viewer.TeamId is null)
            {
                errors.Add(AdminError.Form, "Error_ProposeNoTeam");
            }
            else if (response.ProposedAt is not null)
            {
                errors.Add(AdminError.Form, "Error_AlreadyProposed");
            }

            if (errors.Any)
            {
                return Task.FromResult<ResponseChange?>(null);
            }

            response.ProposedAt = clock.GetUtcNow().UtcDateTime;
            response.TeamId = viewer.TeamId;
            response.ReviewNote = null;
            return Task.FromResult<ResponseChange?>(ResponseChange.Proposed);
        }, cancellationToken);

    /// <summary>The team's lead (or an admin) makes a proposed text the team's: from now on every officer of the team may use it.</summary>
    public Task<AdminResult> ApproveAsync(ClaimsPrincipal principal, int responseId, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(principal, responseId, expectedVersion, async (db, viewer, response, errors, _) =>
        {
            if (!Access(response).CanReview(viewer))
            {
                errors.Add(AdminError.Form, "Error_NotReviewer");
                return null;
            }

            if (await ShortcutTakenAsync(db, response.Shortcut, response.Language, ResponseVisibility.Team, response.TeamId, response.OwnerId,
                    response.Id, cancellationToken))
            {
                errors.Add(AdminError.Form, "Error_ApproveShortcutTaken", response.Shortcut);
                return null;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            response.Visibility = ResponseVisibility.Team;
            response.ProposedAt = null;
            response.ReviewNote = null;
            response.ApprovedById = viewer.UserId;
            response.ApprovedAt = now;
            // A pair proposed together stays a pair: its other half is (or may still become) the same team's text.
            // Linked to anything else, the link goes.
            if (response.TranslationId is { } partnerId && !await db.CannedResponses.AnyAsync(r => r.Id == partnerId && r.ArchivedAt == null
                    && r.TeamId == response.TeamId && (r.Visibility == ResponseVisibility.Team || (r.Visibility == ResponseVisibility.Personal && r.ProposedAt != null)),
                    cancellationToken))
            {
                await UnlinkAsync(db, response, cancellationToken);
            }

            return ResponseChange.Approved;
        }, cancellationToken);

    /// <summary>Sends a proposal back to its author with the reason; it stays their personal text.</summary>
    public Task<AdminResult> RejectAsync(ClaimsPrincipal principal, int responseId, int expectedVersion, string? reason,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(principal, responseId, expectedVersion, (_, viewer, response, errors, record) =>
        {
            var note = reason?.Trim();
            if (!Access(response).CanReview(viewer))
            {
                errors.Add(AdminError.Form, "Error_NotReviewer");
            }
            else if (string.IsNullOrEmpty(note))
            {
                errors.Add("Reason", "Error_ReasonRequired");
            }
            else if (note.Length > MaxReviewNote)
            {
                errors.Add("Reason", "Error_ReasonTooLong", MaxReviewNote);
            }

            if (errors.Any)
            {
                return Task.FromResult<ResponseChange?>(null);
            }

            response.ProposedAt = null;
            response.TeamId = null;
            response.ReviewNote = note;
            record.Note = note;
            return Task.FromResult<ResponseChange?>(ResponseChange.Rejected);
        }, cancellationToken, unlinkFromTeam: true);

    /// <summary>Brings back the words of an earlier version (title, shortcut, body, category, purpose, tags) as a new version.</summary>
    public Task<AdminResult> RollbackAsync(ClaimsPrincipal principal, int responseId, int expectedVersion, int toVersion,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(principal, responseId, expectedVersion, async (db, viewer, response, errors, record) =>
        {
            if (!Access(response).CanEdit(viewer))
            {
                errors.Add(AdminError.Form, "Error_NotYours");
                return null;
            }

            var old = await db.CannedResponseVersions.AsNoTracking()
                .SingleOrDefaultAsync(v => v.ResponseId == responseId && v.Number == toVersion, cancellationToken);
            if (old is null || toVersion >= response.Version)
            {
                errors.Add(AdminError.Form, "Error_VersionGone", toVersion);
                return null;
            }

            if (old.Language != response.Language)
            {
                errors.Add(AdminError.Form, "Error_RollbackLanguage", toVersion);
                return null;
            }

            if (await ShortcutTakenAsync(db, old.Shortcut, response.Language, response.Visibility, response.TeamId, response.OwnerId, response.Id,
                    cancellationToken))
            {
                errors.Add(AdminError.Form, "Error_ShortcutTaken", old.Shortcut);
                return null;
            }

            if (old.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken))
            {
                old.CategoryId = null;
            }

            var restored = new ValidResponse(old.Title, old.Shortcut, old.Body, response.Language, old.CategoryId, old.Purpose, old.Tags,
                response.Visibility, response.TeamId, response.TranslationId);
            var changed = restored.ChangedFields(response);
            if (changed.Count == 0)
            {
                errors.Add(AdminError.Form, "Error_RollbackSame", toVersion);
                return null;
            }

            restored.ApplyTo(response);
            record.Fields = changed;
            record.Note = toVersion.ToString(CultureInfo.InvariantCulture);
            return ResponseChange.RolledBack;
        }, cancellationToken);

    /// <summary>Takes a text out of the library (it is no longer offered); its versions and usage stay.</summary>
    public Task<AdminResult> ArchiveAsync(ClaimsPrincipal principal, int responseId, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(principal, responseId, expectedVersion, async (db, viewer, response, errors, _) =>
        {
            if (!Access(response).CanEdit(viewer))
            {
                errors.Add(AdminError.Form, "Error_NotYours");
                return null;
            }

            response.ArchivedAt = clock.GetUtcNow().UtcDateTime;
            response.ProposedAt = null;
            await UnlinkAsync(db, response, cancellationToken);
            return ResponseChange.Archived;
        }, cancellationToken);

    /// <summary>A change to one text: loaded in a transaction, refused if it moved on, recorded as a version.</summary>
    private async Task<AdminResult> ChangeAsync(ClaimsPrincipal principal, int responseId, int expectedVersion,
        Func<HelpdeskDbContext, Viewer, CannedResponse, AdminErrors, VersionRecord, Task<ResponseChange?>> apply, CancellationToken cancellationToken,
        bool unlinkFromTeam = false)
    {
        var viewer = await RequireViewerAsync(principal, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var errors = new AdminErrors(s);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var response = await db.CannedResponses.ReadableBy(viewer).Where(r => r.ArchivedAt == null)
                .SingleOrDefaultAsync(r => r.Id == responseId, cancellationToken);
            if (response is null)
            {
                errors.Add(AdminError.Form, "Error_Gone");
                return errors.Fail();
            }

            if (response.Version != expectedVersion)
            {
                var by = await db.Users.Where(u => u.Id == response.UpdatedById).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
                errors.Add(AdminError.Form, "Error_ChangedMeanwhile", by ?? "?");
                return errors.Fail();
            }

            var record = new VersionRecord();
            var change = await apply(db, viewer, response, errors, record);
            if (change is null)
            {
                // Nothing to fix and nothing changed (a save without edits) is a success that writes nothing.
                return errors.Any ? errors.Fail() : AdminResult.Ok();
            }

            // A rejected half of a pair whose other half the team approved: the team's text no longer links to a personal one.
            if (unlinkFromTeam && response.TranslationId is { } partnerId
                && await db.CannedResponses.AnyAsync(r => r.Id == partnerId && r.Visibility != ResponseVisibility.Personal, cancellationToken))
            {
                await UnlinkAsync(db, response, cancellationToken);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            Stamp(response, viewer, now);
            AddVersion(db, response, change.Value, record.Fields, viewer, now, record.Note);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another process saved the same version in between (the version row's key or the concurrency token).
                errors.Add(AdminError.Form, "Error_ChangedMeanwhile", "?");
                return errors.Fail();
            }

            await transaction.CommitAsync(cancellationToken);
            return AdminResult.Ok();
        }
    }

    private sealed class VersionRecord
    {
        public IReadOnlyList<string> Fields { get; set; } = [];
        public string? Note { get; set; }
    }

    /// <summary>A new text of the viewer's, version 1. A lead or admin writing for the team or the desk is its approval.</summary>
    private static CannedResponse New(ValidResponse valid, Viewer viewer, DateTime now)
    {
        var response = new CannedResponse
        {
            Title = valid.Title, Shortcut = valid.Shortcut, Body = valid.Body, Language = valid.Language, OwnerId = viewer.UserId, CreatedAt = now,
        };
        valid.ApplyTo(response);
        Stamp(response, viewer, now);
        if (response.Visibility != ResponseVisibility.Personal)
        {
            response.ApprovedById = viewer.UserId;
            response.ApprovedAt = now;
        }

        return response;
    }

    private static void Stamp(CannedResponse response, Viewer viewer, DateTime now)
    {
        response.Version++;
        response.UpdatedAt = now;
        response.UpdatedById = viewer.UserId;
    }

    private static void AddVersion(HelpdeskDbContext db, CannedResponse r, ResponseChange change, IReadOnlyList<string> fields, Viewer viewer,
        DateTime now, string? note = null) =>
        db.CannedResponseVersions.Add(VersionOf(r, change, viewer.UserId, now, fields, note));

    /// <summary>The text as it is now, as its version <see cref="CannedResponse.Version"/>.</summary>
    internal static CannedResponseVersion VersionOf(CannedResponse r, ResponseChange change, string authorId, DateTime at,
        IReadOnlyList<string>? fields = null, string? note = null) => new()
        {
            ResponseId = r.Id, Number = r.Version, Change = change, ChangedFields = string.Join(',', fields ?? []), Note = note,
            Title = r.Title, Shortcut = r.Shortcut, Body = r.Body, Language = r.Language, CategoryId = r.CategoryId, Purpose = r.Purpose,
            Tags = r.Tags, Visibility = r.Visibility, TeamId = r.TeamId, AuthorId = authorId, At = at,
        };

    private async Task<Viewer> RequireViewerAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return await viewers.ResolveAsync(principal, cancellationToken)
            ?? throw new UnauthorizedAccessException("Only an active account may change the canned-response library.");
    }

    private static ResponseAccess Access(CannedResponse r) => new(r.Visibility, r.TeamId, r.OwnerId, r.ProposedAt is not null);

    // ---- Validation ----------------------------------------------------------------------------------------------

    /// <summary>A text's fields once checked and normalised.</summary>
    private sealed record ValidResponse(string Title, string Shortcut, string Body, string Language, int? CategoryId, ResponsePurpose Purpose,
        string Tags, ResponseVisibility Visibility, int? TeamId, int? TranslationId)
    {
        public void ApplyTo(CannedResponse r)
        {
            r.Title = Title;
            r.Shortcut = Shortcut;
            r.Body = Body;
            r.Language = Language;
            r.CategoryId = CategoryId;
            r.Purpose = Purpose;
            r.Tags = Tags;
            r.Visibility = Visibility;
            r.TeamId = Visibility switch
            {
                ResponseVisibility.Team => TeamId,
                // A proposal keeps the team it waits in.
                ResponseVisibility.Personal => r.ProposedAt is null ? null : r.TeamId,
                _ => null,
            };
        }

        public List<string> ChangedFields(CannedResponse r)
        {
            var changed = new List<string>();
            Check(nameof(Title), Title != r.Title);
            Check(nameof(Shortcut), Shortcut != r.Shortcut);
            Check(nameof(Body), Body != r.Body);
            Check(nameof(Language), Language != r.Language);
            Check("Category", CategoryId != r.CategoryId);
            Check(nameof(Purpose), Purpose != r.Purpose);
            Check(nameof(Tags), Tags != r.Tags);
            Check(nameof(Visibility), Visibility != r.Visibility || (Visibility == ResponseVisibility.Team && TeamId != r.TeamId));
            Check("Translation", TranslationId != r.TranslationId);
            return changed;

            void Check(string field, bool differs)
            {
                if (differs)
                {
                    changed.Add(field);
                }
            }
        }
    }

    private static async Task<ValidResponse?> ValidateAsync(HelpdeskDbContext db, Viewer viewer, ResponseInput input, CannedResponse? existing,
        AdminErrors errors, CancellationToken cancellationToken)
    {
        var title = (input.Title ?? "").Trim();
        if (title.Length == 0)
        {
            errors.Add(nameof(ResponseInput.Title), "Error_TitleRequired");
        }
        else if (title.Length > MaxTitle)
        {
            errors.Add(nameof(ResponseInput.Title), "Error_TitleTooLong", MaxTitle);
        }

        var shortcut = NormalizeShortcut(input.Shortcut);
        if (shortcut.Length == 0)
        {
            errors.Add(nameof(ResponseInput.Shortcut), "Error_ShortcutRequired");
        }
        else if (shortcut.Length > MaxShortcut || !ShortcutPattern().IsMatch(shortcut))
        {
            errors.Add(nameof(ResponseInput.Shortcut), "Error_ShortcutFormat", MaxShortcut);
        }

        var body = (input.Body ?? "").Trim();
        if (body.Length == 0)
        {
            errors.Add(nameof(ResponseInput.Body), "Error_BodyRequired");
        }
        else if (body.Length > MaxBody)
        {
            errors.Add(nameof(ResponseInput.Body), "Error_BodyTooLong", MaxBody, body.Length);
        }
        else
        {
            foreach (var problem in Placeholders.Problems(body))
            {
                var (line, column) = Position(body, problem.Start);
                if (problem.Suggestion is { } suggestion)
                {
                    errors.Add(nameof(ResponseInput.Body), "Error_PlaceholderSuggest", problem.Written, line, column, suggestion);
                }
                else if (problem.Written.StartsWith("{{", StringComparison.Ordinal))
                {
                    errors.Add(nameof(ResponseInput.Body), "Error_PlaceholderUnclosed", line, column);
                }
                else
                {
                    errors.Add(nameof(ResponseInput.Body), "Error_PlaceholderUnknown", problem.Written, line, column);
                }
            }
        }

        var language = (input.Language ?? "").Trim().ToLowerInvariant();
        if (!Languages.Contains(language))
        {
            errors.Add(nameof(ResponseInput.Language), "Error_Language");
        }

        if (input.Purpose is not { } purpose || !Enum.IsDefined(purpose))
        {
            errors.Add(nameof(ResponseInput.Purpose), "Error_PurposeRequired");
            purpose = default;
        }

        if (input.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken))
        {
            errors.Add(nameof(ResponseInput.CategoryId), "Error_CategoryGone");
        }

        var tags = new List<string>();
        foreach (var raw in input.Tags)
        {
            var tag = ResponseTags.Normalize(raw);
            if (tag.Length == 0 || tags.Contains(tag))
            {
                continue;
            }

            if (tag.Length > MaxTagLength || !ResponseTags.IsValid(tag))
            {
                errors.Add(nameof(ResponseInput.Tags), "Error_TagFormat", raw.Trim(), MaxTagLength);
            }

            tags.Add(tag);
        }

        if (tags.Count > MaxTags)
        {
            errors.Add(nameof(ResponseInput.Tags), "Error_TooManyTags", MaxTags);
        }

        var (visibility, teamId) = await ValidateVisibilityAsync(db, viewer, input, existing, errors, cancellationToken);

        if (input.TranslationId is { } translationId && errors.Has(nameof(ResponseInput.Language)) is false)
        {
            var partner = await db.CannedResponses.AsNoTracking().Where(r => r.Id == translationId && r.ArchivedAt == null)
                .Select(r => new { r.Id, r.Language, r.Visibility, r.TeamId, r.OwnerId, r.ProposedAt }).SingleOrDefaultAsync(cancellationToken);
            if (partner is null || partner.Id == existing?.Id)
            {
                errors.Add(nameof(ResponseInput.TranslationId), "Error_TranslationGone");
            }
            else if (partner.Language == language)
            {
                errors.Add(nameof(ResponseInput.TranslationId), "Error_TranslationSameLanguage");
            }
            else if (partner.Visibility != visibility
                     || (visibility == ResponseVisibility.Team && partner.TeamId != teamId)
                     || (visibility == ResponseVisibility.Personal && partner.OwnerId != (existing?.OwnerId ?? viewer.UserId))
                     || !new ResponseAccess(partner.Visibility, partner.TeamId, partner.OwnerId, partner.ProposedAt is not null).CanEdit(viewer))
            {
                errors.Add(nameof(ResponseInput.TranslationId), "Error_TranslationScope");
            }
        }

        if (!errors.Has(nameof(ResponseInput.Shortcut)) && !errors.Has(nameof(ResponseInput.Language)) && !errors.Has(nameof(ResponseInput.Visibility))
            && await ShortcutTakenAsync(db, shortcut, language, visibility, teamId, existing?.OwnerId ?? viewer.UserId, existing?.Id, cancellationToken))
        {
            errors.Add(nameof(ResponseInput.Shortcut), "Error_ShortcutTaken", shortcut);
        }

        return errors.Any
            ? null
            : new ValidResponse(title, shortcut, body, language, input.CategoryId, purpose, ResponseTags.Join(tags), visibility, teamId, input.TranslationId);
    }

    private static async Task<(ResponseVisibility Visibility, int? TeamId)> ValidateVisibilityAsync(HelpdeskDbContext db, Viewer viewer,
        ResponseInput input, CannedResponse? existing, AdminErrors errors, CancellationToken cancellationToken)
    {
        switch (input.Visibility)
        {
            case ResponseVisibility.Personal:
                // Someone else's personal text (an admin tidying up) stays theirs.
                return (ResponseVisibility.Personal, existing?.ProposedAt is not null ? existing.TeamId : null);
            case ResponseVisibility.Team when viewer.IsAdmin:
                if (input.TeamId is not { } teamId || !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
                {
                    errors.Add(nameof(ResponseInput.TeamId), "Error_TeamRequired");
                    return (ResponseVisibility.Team, null);
                }

                return (ResponseVisibility.Team, teamId);
            case ResponseVisibility.Team when viewer.IsTeamLead && viewer.TeamId is not null:
                if (input.TeamId is { } other && other != viewer.TeamId)
                {
                    errors.Add(nameof(ResponseInput.TeamId), "Error_OwnTeamOnly");
                }

                return (ResponseVisibility.Team, viewer.TeamId);
            case ResponseVisibility.Everyone when viewer.IsAdmin:
                return (ResponseVisibility.Everyone, null);
            default:
                errors.Add(nameof(ResponseInput.Visibility), input.Visibility == ResponseVisibility.Team ? "Error_TeamVisibilityNotAllowed" : "Error_EveryoneNotAllowed");
                return (input.Visibility, input.TeamId);
        }
    }

    /// <summary>Whether another live text in the same scope (the desk, one team, one person's own) has this shortcut and language.</summary>
    private static Task<bool> ShortcutTakenAsync(HelpdeskDbContext db, string shortcut, string language, ResponseVisibility visibility, int? teamId,
        string ownerId, int? exceptId, CancellationToken cancellationToken)
    {
        var same = db.CannedResponses.Where(r => r.ArchivedAt == null && r.Shortcut == shortcut && r.Language == language && r.Id != exceptId
            && r.Visibility == visibility);
        same = visibility switch
        {
            ResponseVisibility.Team => same.Where(r => r.TeamId == teamId),
            ResponseVisibility.Personal => same.Where(r => r.OwnerId == ownerId),
            _ => same,
        };
        return same.AnyAsync(cancellationToken);
    }

    /// <summary>Links the text and its translation both ways, and frees whatever either was linked to before.</summary>
    private static async Task LinkTranslationAsync(HelpdeskDbContext db, CannedResponse response, int? translationId, CancellationToken cancellationToken)
    {
        if (response.TranslationId == translationId)
        {
            return;
        }

        await UnlinkAsync(db, response, cancellationToken);
        if (translationId is not { } partnerId)
        {
            return;
        }

        var partner = await db.CannedResponses.SingleAsync(r => r.Id == partnerId, cancellationToken);
        if (partner.TranslationId is { } previous)
        {
            await db.CannedResponses.Where(r => r.Id == previous).ExecuteUpdateAsync(u => u.SetProperty(r => r.TranslationId, (int?)null), cancellationToken);
        }

        partner.TranslationId = response.Id;
        response.TranslationId = partner.Id;
    }

    private static async Task UnlinkAsync(HelpdeskDbContext db, CannedResponse response, CancellationToken cancellationToken)
    {
        if (response.TranslationId is { } old)
        {
            await db.CannedResponses.Where(r => r.Id == old && r.TranslationId == response.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.TranslationId, (int?)null), cancellationToken);
            response.TranslationId = null;
        }
    }

    /// <summary>"salam umum" and "Salam-Umum" both mean <c>salam-umum</c>: what an officer types after <c>::</c>.</summary>
    public static string NormalizeShortcut(string? shortcut) =>
        WhiteSpace().Replace((shortcut ?? "").Trim().TrimStart(':').ToLowerInvariant(), "-");

    /// <summary>Line and column (from 1) of a character offset, for pointing at a placeholder in the editor.</summary>
    public static (int Line, int Column) Position(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var before = text.AsSpan(0, Math.Min(offset, text.Length));
        var line = before.Count('\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ShortcutPattern();

    [GeneratedRegex(@"[\s_]+")]
    private static partial Regex WhiteSpace();
}
