using HelpdeskConsole.CannedResponses;
using HelpdeskConsole.Data;
using HelpdeskConsole.Escalation;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Localization;
using HelpdeskConsole.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Tickets.Workspace;

/// <summary>
/// Reads and changes one ticket for the workspace. Every method checks, against the database, that the viewer
/// may see the ticket (treat each as a public endpoint); every change is refused if the ticket moved on since
/// the officer loaded it, writes the history, and publishes a TicketChanged event after the commit.
/// </summary>
public sealed partial class TicketWorkspaceService(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    ITicketEventBus bus,
    WriteGate writeGate,
    SlaClock slaClock,
    TimeProvider clock,
    IStringLocalizer<WorkspaceStrings> w,
    IStringLocalizer<Strings> l,
    ILogger<TicketWorkspaceService> logger)
{
    public const int MaxMessage = ComplaintValidator.MaxBody;
    public const int MaxNote = 2000;

    public async Task<WorkspaceTicket?> GetAsync(Viewer viewer, int ticketId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var t = await db.Tickets.AsNoTracking().VisibleTo(viewer).Where(x => x.Id == ticketId)
            .Select(x => new
            {
                x.Id, x.Number, x.TrackingCode, x.Subject, x.Status, x.Priority, x.Kind, x.Channel,
                x.CategoryId, CategoryCode = x.Category!.Code, x.Category.NameId, x.Category.NameEn,
                x.TeamId, TeamName = x.Team!.Name, x.Team.TimeZoneId, x.AssigneeId,
                AssigneeName = x.Assignee != null ? x.Assignee.DisplayName : null,
                x.CreatedAt, x.UpdatedAt, x.FirstResponseAt, x.ForwardedTo, x.ClosingNote, x.Version,
                x.DueKind, x.DueAt, x.WarnAt, x.SlaPaused, x.EscalationLevel,
                x.Complainant!.IdentityMode, x.Complainant.Name, x.Complainant.Nik, x.Complainant.Phone, x.Complainant.Email, x.Complainant.Address,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (t is null)
        {
            return null;
        }

        var identityVisible = CanSeeIdentity(viewer, t.TeamId, t.IdentityMode);
        var citizen = identityVisible && !string.IsNullOrEmpty(t.Name) ? t.Name : l[$"Identity_{t.IdentityMode}"].Value;
        var complainant = identityVisible
            ? new ComplainantView(t.IdentityMode, false, t.Name, string.IsNullOrEmpty(t.Nik) ? null : Nik.Mask(t.Nik), t.Phone, t.Email, t.Address)
            : new ComplainantView(t.IdentityMode, true, null, null, null, null, null);

        var messages = await db.TicketMessages.AsNoTracking().Where(m => m.TicketId == ticketId)
            .Select(m => new { m.Id, m.CreatedAt, m.Type, m.Body, Author = m.Author != null ? m.Author.DisplayName : null })
            .ToListAsync(cancellationToken);
        var history = await db.TicketHistory.AsNoTracking().Where(h => h.TicketId == ticketId)
            .Select(h => new { h.Id, h.At, h.Action, h.FromValue, h.ToValue, h.Note, Actor = h.Actor != null ? h.Actor.DisplayName : null })
            .ToListAsync(cancellationToken);

        var attachments = await db.TicketAttachments.AsNoTracking().Where(a => a.TicketId == ticketId)
            .Select(a => new { a.Id, a.CreatedAt, a.FileName, a.ContentType, Uploader = a.UploadedBy != null ? a.UploadedBy.DisplayName : null })
            .ToListAsync(cancellationToken);

        // Assignments may name people by account id (older rows, imports): show their current names.
        var ids = history.Where(h => h.Action == TicketHistoryAction.Assigned).SelectMany(h => new[] { h.FromValue, h.ToValue })
            .Where(v => v is not null).Distinct().ToList();
        var names = ids.Count == 0
            ? new Dictionary<string, string>()
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string? Name(string? value) => value is not null && names.TryGetValue(value, out var name) ? name : value;

        var timeline = messages.Select(m => new TimelineEntry(
                m.Id * 2, m.CreatedAt,
                m.Type switch { MessageType.CitizenMessage => TimelineKind.CitizenMessage, MessageType.PublicReply => TimelineKind.PublicReply, _ => TimelineKind.InternalNote },
                m.Type == MessageType.CitizenMessage ? citizen : m.Author, m.Body))
            .Concat(attachments.Select(a => new TimelineEntry(-a.Id, a.CreatedAt, TimelineKind.Attachment, a.Uploader ?? citizen, a.FileName,
                AttachmentId: a.Id, ContentType: a.ContentType)))
            // Replies, notes and attachments already show as themselves; the history adds what happened around them.
            .Concat(history.Where(h => h.Action is not (TicketHistoryAction.Replied or TicketHistoryAction.NoteAdded
                    or TicketHistoryAction.CitizenReplied or TicketHistoryAction.AttachmentAdded))
                .Select(h => new TimelineEntry(h.Id * 2 + 1, h.At, TimelineKind.Event, h.Actor, null, h.Action,
                    h.Action == TicketHistoryAction.Assigned ? Name(h.FromValue) : h.FromValue,
                    h.Action == TicketHistoryAction.Assigned ? Name(h.ToValue) : h.ToValue,
                    h.Action == TicketHistoryAction.Created ? null : h.Note)))
            .OrderBy(e => e.At).ThenBy(e => e.Key)
            .ToList();

        return new WorkspaceTicket(t.Id, t.Number, t.TrackingCode, t.Subject, t.Status, t.Priority, t.Kind, t.Channel,
            t.CategoryId, t.CategoryCode, t.NameId, t.NameEn, t.TeamId, t.TeamName, t.TimeZoneId, t.AssigneeId, t.AssigneeName,
            t.CreatedAt, t.UpdatedAt, t.FirstResponseAt, t.ForwardedTo, t.ClosingNote, t.Version,
            history.Count == 0 ? 0 : history.Max(h => h.Id),
            TicketVisibility.IsConfidential(t.IdentityMode, t.Kind), complainant, timeline, TicketLifecycle.Available(t.Status),
            t.DueKind is { } kind ? new Deadline(kind, t.DueAt, t.SlaPaused, t.EscalationLevel, t.WarnAt) : null);
    }

    /// <summary>
    /// Anonymous reporters are known only to the handling team (admins outside it see no identity at all);
    /// confidential reports are already limited to the team's leads, the assignee and admins.
    /// </summary>
    public static bool CanSeeIdentity(Viewer viewer, int teamId, IdentityMode mode) =>
        mode != IdentityMode.Anonim || viewer.TeamId == teamId;

    /// <summary>Officers and leads of the ticket's team, active, for the assign menu.</summary>
    public async Task<IReadOnlyList<Assignable>> AssignableAsync(Viewer viewer, int ticketId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var teamId = await db.Tickets.AsNoTracking().VisibleTo(viewer).Where(t => t.Id == ticketId).Select(t => (int?)t.TeamId).SingleOrDefaultAsync(cancellationToken);
        if (teamId is null)
        {
            return [];
        }

        var leadRoleId = await db.Roles.Where(r => r.Name == Roles.TeamLead).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.TeamId == teamId && !u.IsDisabled).OrderBy(u => u.DisplayName)
            .Select(u => new Assignable(u.Id, u.DisplayName, db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == leadRoleId)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Categories the ticket can move to (active ones); a different owner moves the ticket to that team.</summary>
    public async Task<IReadOnlyList<QueueCategory>> CategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder)
            .Select(c => new QueueCategory(c.Id, c.Code, c.NameId, c.NameEn)).ToListAsync(cancellationToken);
    }

    public Task<WorkspaceResult> ClaimAsync(Viewer viewer, Loaded loaded, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, loaded, async (db, ticket, now) =>
        {
            if (viewer.TeamId != ticket.TeamId)
            {
                return w["Refused_ClaimOtherTeam"];
            }

            if (ticket.AssigneeId == viewer.UserId)
            {
                return w["Refused_AlreadyYours"];
            }

            if (ticket.AssigneeId is not null)
            {
                return w["Refused_AlreadyClaimed", await NameOfAsync(db, ticket.AssigneeId)];
            }

            await AssignAsync(db, ticket, viewer.UserId, viewer, now, note: null);
            return null;
        }, cancellationToken);

    public Task<WorkspaceResult> AssignAsync(Viewer viewer, Loaded loaded, string? assigneeId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, loaded, async (db, ticket, now) =>
        {
            if (assigneeId == ticket.AssigneeId)
            {
                return w["Refused_NoChange"];
            }

            if (assigneeId is not null && !await db.Users.AnyAsync(u => u.Id == assigneeId && u.TeamId == ticket.TeamId && !u.IsDisabled))
            {
                return w["Refused_AssigneeNotInTeam"];
            }

            await AssignAsync(db, ticket, assigneeId, viewer, now, Trim(reason, MaxNote));
            return null;
        }, cancellationToken);

    public Task<WorkspaceResult> SetPriorityAsync(Viewer viewer, Loaded loaded, TicketPriority priority, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, loaded, (db, ticket, now) =>
        {
            if (ticket.Priority == priority)
            {
                return Task.FromResult<string?>(w["Refused_NoChange"]);
            }

            History(db, ticket, viewer, now, TicketHistoryAction.PriorityChanged, ticket.Priority.ToString(), priority.ToString());
            ticket.Priority = priority;
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    public Task<WorkspaceResult> SetKindAsync(Viewer viewer, Loaded loaded, TicketKind kind, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, loaded, (db, ticket, now) =>
        {
            if (ticket.Kind == kind)
            {
                return Task.FromResult<string?>(w["Refused_NoChange"]);
            }

            History(db, ticket, viewer, now, TicketHistoryAction.KindChanged, ticket.Kind.ToString(), kind.ToString());
            ticket.Kind = kind;
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>A category owned by another team moves the ticket there; the assignee stays only if they belong to it.</summary>
    public Task<WorkspaceResult> SetCategoryAsync(Viewer viewer, Loaded loaded, int categoryId, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, loaded, async (db, ticket, now) =>
        {
            if (ticket.CategoryId == categoryId)
            {
                return w["Refused_NoChange"];
            }

            var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == categoryId && c.IsActive);
            if (category is null)
            {
                return w["Refused_UnknownCategory"];
            }

            History(db, ticket, viewer, now, TicketHistoryAction.CategoryChanged, ticket.Category!.Code, category.Code);
            ticket.CategoryId = category.Id;
            ticket.Category = category;
            if (category.TeamId != ticket.TeamId)
            {
                History(db, ticket, viewer, now, TicketHistoryAction.TeamChanged,
                    await db.Teams.Where(t => t.Id == ticket.TeamId).Select(t => t.Name).SingleAsync(),
                    await db.Teams.Where(t => t.Id == category.TeamId).Select(t => t.Name).SingleAsync());
                ticket.TeamId = category.TeamId;
                if (ticket.AssigneeId is not null && !await db.Users.AnyAsync(u => u.Id == ticket.AssigneeId && u.TeamId == category.TeamId))
                {
                    await AssignAsync(db, ticket, null, viewer, now, note: null);
                }
            }

            return null;
        }, cancellationToken);

    /// <summary>A status change along the lifecycle; <paramref name="note"/> is the reason, target or summary the action needs.</summary>
    public Task<WorkspaceResult> TransitionAsync(Viewer viewer, Loaded loaded, TicketAction action, string? note, string? forwardTo = null,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, loaded, async (db, ticket, now) =>
        {
            if (!TicketLifecycle.IsAllowed(action, ticket.Status))
            {
                return w["Refused_Transition", w[$"Action_{action}"], l[$"Status_{ticket.Status}"],
                    string.Join(", ", TicketLifecycle.AllowedFrom(action).Select(s => l[$"Status_{s}"].Value))];
            }

            note = Trim(note, MaxNote);
            if (TicketLifecycle.NeedsNote(action) && string.IsNullOrEmpty(note))
            {
                return w[$"Refused_NoteRequired_{action}"];
            }

            forwardTo = Trim(forwardTo, 200);
            if (action == TicketAction.Forward && string.IsNullOrEmpty(forwardTo))
            {
                return w["Refused_ForwardTargetRequired"];
            }

            var from = ticket.Status;
            ticket.Status = TicketLifecycle.Target(action);
            var historyAction = action switch
            {
                TicketAction.Forward => TicketHistoryAction.Forwarded,
                TicketAction.Reopen => TicketHistoryAction.Reopened,
                TicketAction.Resolve => TicketHistoryAction.Resolved,
                TicketAction.Archive => TicketHistoryAction.Archived,
                _ => TicketHistoryAction.StatusChanged,
            };
            History(db, ticket, viewer, now, historyAction, from.ToString(), ticket.Status.ToString(),
                action == TicketAction.Forward ? $"{forwardTo}: {note}" : note);

            switch (action)
            {
                case TicketAction.Forward:
                    ticket.ForwardedTo = forwardTo;
                    ticket.ClosingNote = note;
                    ticket.ClosedAt = now;
                    break;
                case TicketAction.Resolve:
                    ticket.ClosingNote = note;
                    ticket.ResolvedAt = now;
                    ticket.ClosedAt = now;
                    break;
                case TicketAction.Archive:
                    ticket.ClosingNote = note;
                    ticket.ClosedAt = now;
                    break;
                case TicketAction.Reopen:
                    ticket.ClosedAt = null;
                    ticket.ResolvedAt = null;
                    // A reopened ticket gets a new resolution deadline from now, with its own escalation levels.
                    ticket.SlaStartedAt = now;
                    ticket.SlaCycle++;
                    break;
            }

            // Starting work on an unclaimed ticket takes it, as an officer would expect.
            if (action is TicketAction.StartProcessing && ticket.AssigneeId is null && viewer.TeamId == ticket.TeamId)
            {
                await AssignAsync(db, ticket, viewer.UserId, viewer, now, note: null);
            }

            return null;
        }, cancellationToken);

    /// <summary>
    /// A public reply (to the citizen) or an internal note (officers only). <paramref name="usedResponses"/> are the canned
    /// responses the officer put into it: each use is recorded with the message, for the library's figures.
    /// </summary>
    public Task<WorkspaceResult> AddMessageAsync(Viewer viewer, Loaded loaded, string? body, bool isPublic,
        IReadOnlyCollection<int>? usedResponses = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, loaded, async (db, ticket, now) =>
        {
            body = body?.Trim();
            if (string.IsNullOrEmpty(body))
            {
                return w["Refused_EmptyMessage"];
            }

            if (body.Length > MaxMessage)
            {
                return w["Refused_MessageTooLong", MaxMessage, body.Length];
            }

            if (isPublic && ticket.Status.IsClosed())
            {
                return w["Refused_ReplyOnClosed"];
            }

            // A citizen must never read "{{tiket.tenggat}}": a placeholder left in a reply (one that could not be filled,
            // or typed by hand) stops it here, whatever the page showed.
            if (isPublic && Placeholders.Unfilled(body, ticket.Complainant?.Name?.Trim()) is { Count: > 0 } unfilled)
            {
                return w["Refused_UnfilledPlaceholder", body.Substring(unfilled[0].Start, unfilled[0].Length)];
            }

            var message = new TicketMessage
            {
                TicketId = ticket.Id,
                Type = isPublic ? MessageType.PublicReply : MessageType.InternalNote,
                Body = body,
                AuthorId = viewer.UserId,
                CreatedAt = now,
            };
            db.TicketMessages.Add(message);
            if (usedResponses is { Count: > 0 })
            {
                var ids = usedResponses.Distinct().ToList();
                foreach (var id in await db.CannedResponses.UsableBy(viewer).Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken))
                {
                    db.CannedResponseUsages.Add(new CannedResponseUsage
                    {
                        ResponseId = id, TicketId = ticket.Id, OfficerId = viewer.UserId, Message = message, At = now,
                    });
                }
            }

            History(db, ticket, viewer, now, isPublic ? TicketHistoryAction.Replied : TicketHistoryAction.NoteAdded, null, null);
            if (isPublic)
            {
                // The first public reply is the first response the SLA measures.
                ticket.FirstResponseAt ??= now;
            }

            return null;
        }, cancellationToken);

    /// <summary>
    /// Shows the full NIK to a viewer who may see the identity, for a stated reason, and writes who, when and why to
    /// the history (UU 27/2022). The number goes back to this caller only; it is never logged or pushed.
    /// </summary>
    public async Task<WorkspaceResult> RevealNikAsync(Viewer viewer, int ticketId, string? reason, CancellationToken cancellationToken = default)
    {
        reason = Trim(reason, MaxNote);
        if (string.IsNullOrEmpty(reason) || reason.Length < 5)
        {
            return WorkspaceResult.Refused(w["Refused_RevealReason"]);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        TicketEvent logged;
        string nik;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ticket = await db.Tickets.Include(t => t.Category).Include(t => t.Complainant)
                .VisibleTo(viewer).SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken);
            if (ticket is null)
            {
                return WorkspaceResult.NotFound;
            }

            if (!CanSeeIdentity(viewer, ticket.TeamId, ticket.Complainant!.IdentityMode) || string.IsNullOrEmpty(ticket.Complainant.Nik))
            {
                return WorkspaceResult.Refused(w["Refused_RevealNotAllowed"]);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            nik = ticket.Complainant.Nik;
            History(db, ticket, viewer, now, TicketHistoryAction.IdentityRevealed, null, null, reason);
            logged = await TicketEventLog.AppendAsync(db, ticket, ticket.Category!.Code,
                TicketVisibility.IsConfidential(ticket.Complainant.IdentityMode, ticket.Kind), TicketEventType.TicketChanged, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        LogRevealed(logger, viewer.UserId, ticketId);
        bus.Publish(TicketEventMessage.From(logged));
        return WorkspaceResult.Saved(nik);
    }

    private async Task<WorkspaceResult> ChangeAsync(Viewer viewer, Loaded loaded, Func<HelpdeskDbContext, Ticket, DateTime, Task<string?>> apply,
        CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        TicketEvent logged;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ticket = await db.Tickets.Include(t => t.Category).Include(t => t.Complainant)
                .VisibleTo(viewer).SingleOrDefaultAsync(t => t.Id == loaded.TicketId, cancellationToken);
            if (ticket is null)
            {
                return WorkspaceResult.NotFound;
            }

            if (ticket.Version != loaded.Version)
            {
                return await ConflictAsync(db, loaded, cancellationToken);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var refusal = await apply(db, ticket, now);
            if (refusal is not null)
            {
                return WorkspaceResult.Refused(refusal);
            }

            await slaClock.ApplyAsync(db, ticket, viewer.UserId, now, cancellationToken);
            ticket.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another process saved in between (possible on PostgreSQL, where writers are not queued here).
                await transaction.RollbackAsync(cancellationToken);
                return await ConflictAsync(db, loaded, cancellationToken);
            }

            logged = await TicketEventLog.AppendAsync(db, ticket, ticket.Category!.Code,
                TicketVisibility.IsConfidential(ticket.Complainant!.IdentityMode, ticket.Kind), TicketEventType.TicketChanged, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        bus.Publish(TicketEventMessage.From(logged));
        return WorkspaceResult.Saved();
    }

    /// <summary>What others did since the officer loaded the ticket: shown so they can decide, then reload.</summary>
    private static async Task<WorkspaceResult> ConflictAsync(HelpdeskDbContext db, Loaded loaded, CancellationToken cancellationToken)
    {
        var changes = await db.TicketHistory.AsNoTracking()
            .Where(h => h.TicketId == loaded.TicketId && h.Id > loaded.LastHistoryId)
            .OrderBy(h => h.Id)
            .Select(h => new TimelineEntry(h.Id * 2 + 1, h.At, TimelineKind.Event, h.Actor != null ? h.Actor.DisplayName : null, null,
                h.Action, h.FromValue, h.ToValue, h.Action == TicketHistoryAction.IdentityRevealed ? null : h.Note))
            .ToListAsync(cancellationToken);
        return new WorkspaceResult(WorkspaceOutcome.Conflict, Changes: changes);
    }

    private static async Task AssignAsync(HelpdeskDbContext db, Ticket ticket, string? assigneeId, Viewer actor, DateTime now, string? note)
    {
        History(db, ticket, actor, now, TicketHistoryAction.Assigned,
            ticket.AssigneeId is null ? null : await NameOfAsync(db, ticket.AssigneeId),
            assigneeId is null ? null : await NameOfAsync(db, assigneeId), note);
        ticket.AssigneeId = assigneeId;
    }

    private static async Task<string> NameOfAsync(HelpdeskDbContext db, string userId) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync() ?? userId;

    private static void History(HelpdeskDbContext db, Ticket ticket, Viewer actor, DateTime now, TicketHistoryAction action,
        string? from, string? to, string? note = null) =>
        db.TicketHistory.Add(new TicketHistoryEntry
        {
            TicketId = ticket.Id,
            At = now,
            ActorId = actor.UserId,
            Action = action,
            FromValue = from,
            ToValue = to,
            Note = note,
        });

    private static string? Trim(string? text, int max)
    {
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length <= max ? text : text[..max];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} revealed the NIK on ticket {TicketId}")]
    private static partial void LogRevealed(ILogger logger, string userId, int ticketId);
}
