using HelpdeskConsole.Data;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Realtime;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Attachments;

/// <summary>
/// Evidence on tickets: the citizen's (by tracking code, while the ticket is open) and the officers' (on tickets
/// they may see). Every rule is checked here, on the server. A stored attachment, its history line and a
/// <see cref="TicketEventType.TicketChanged"/> event commit together, and the event is published after the
/// commit; the file is on disk before that, and removed again if the database write fails, so the two never
/// disagree.
/// </summary>
public sealed partial class AttachmentService(
    IDbContextFactory<HelpdeskDbContext> contextFactory,
    AttachmentStore store,
    TicketAccess access,
    ITicketEventBus bus,
    WriteGate writeGate,
    TimeProvider clock,
    AttachmentMessages messages,
    IOptions<AttachmentOptions> options,
    ILogger<AttachmentService> logger)
{
    /// <summary>Stores a file the citizen sent with their tracking code. Only open tickets take new evidence.</summary>
    public async Task<AttachmentResult> AddFromCitizenAsync(string? trackingCode, string? fileName, Stream content,
        CancellationToken cancellationToken = default)
    {
        if (TrackingCode.Normalize(trackingCode) is not { } code)
        {
            return Refused(AttachmentProblem.NotFound);
        }

        int ticketId;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var ticket = await db.Tickets.AsNoTracking().Where(t => t.TrackingCode == code)
                .Select(t => new { t.Id, t.Status }).SingleOrDefaultAsync(cancellationToken);
            if (ticket is null)
            {
                return Refused(AttachmentProblem.NotFound);
            }

            // Checked before reading the upload, and again in the transaction (the status may change meanwhile).
            if (await CheckTicketAsync(db, ticket.Id, ticket.Status, citizen: true, cancellationToken) is { } problem)
            {
                return problem;
            }

            ticketId = ticket.Id;
        }

        return await StoreAsync(ticketId, fileName, content, uploadedById: null, messageId: null, cancellationToken);
    }

    /// <summary>Stores a file an officer attaches, optionally to one of the ticket's messages.</summary>
    public async Task<AttachmentResult> AddFromOfficerAsync(Viewer viewer, int ticketId, string? fileName, Stream content,
        long? messageId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!await access.CanSeeAsync(viewer, ticketId, cancellationToken))
        {
            return Refused(AttachmentProblem.NotFound);
        }

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (messageId is { } id && !await db.TicketMessages.AnyAsync(m => m.Id == id && m.TicketId == ticketId, cancellationToken))
            {
                return Refused(AttachmentProblem.UnknownMessage);
            }

            var status = await db.Tickets.Where(t => t.Id == ticketId).Select(t => t.Status).SingleAsync(cancellationToken);
            if (await CheckTicketAsync(db, ticketId, status, citizen: false, cancellationToken) is { } problem)
            {
                return problem;
            }
        }

        return await StoreAsync(ticketId, fileName, content, viewer.UserId, messageId, cancellationToken);
    }

    /// <summary>A ticket's attachments, oldest first; empty when the viewer may not see the ticket.</summary>
    public async Task<IReadOnlyList<AttachmentListItem>> ListAsync(Viewer viewer, int ticketId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!await access.CanSeeAsync(viewer, ticketId, cancellationToken))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.TicketAttachments.AsNoTracking()
            .Where(a => a.TicketId == ticketId)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.FileName, a.ContentType, a.Size, a.UploadedById, UploaderName = a.UploadedBy!.DisplayName, a.CreatedAt, a.MessageId })
            .ToListAsync(cancellationToken);
        return rows.Select(a => new AttachmentListItem(
                a.Id, a.FileName, a.ContentType, a.Size,
                a.UploadedById is null ? messages.Citizen : a.UploaderName,
                a.UploadedById is null, a.CreatedAt, AttachmentContent.IsRasterImage(a.ContentType), a.MessageId))
            .ToList();
    }

    /// <summary>How many files the citizen has sent for their complaint: all the public status page shows.</summary>
    public async Task<int> CountFromCitizenAsync(string? trackingCode, CancellationToken cancellationToken = default)
    {
        if (TrackingCode.Normalize(trackingCode) is not { } code)
        {
            return 0;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.TicketAttachments.CountAsync(a => a.Ticket!.TrackingCode == code && a.UploadedById == null, cancellationToken);
    }

    /// <summary>
    /// Opens an attachment for a viewer who may see its ticket, after checking the file is the one stored.
    /// An attachment that does not exist and one on someone else's ticket look the same: <see cref="AttachmentOpenStatus.NotFound"/>.
    /// </summary>
    public async Task<AttachmentOpenResult> OpenAsync(Viewer viewer, long attachmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.TicketAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId)
            .Select(a => new { a.TicketId, a.FileName, a.ContentType, a.Size, a.StorageKey, a.Sha256 })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null || !await access.CanSeeAsync(viewer, row.TicketId, cancellationToken))
        {
            return new AttachmentOpenResult(AttachmentOpenStatus.NotFound, null);
        }

        var content = await store.OpenVerifiedAsync(row.StorageKey, row.Size, row.Sha256, cancellationToken);
        if (content is null)
        {
            LogDamaged(logger, attachmentId, row.TicketId);
            return new AttachmentOpenResult(AttachmentOpenStatus.Damaged, null);
        }

        return new AttachmentOpenResult(AttachmentOpenStatus.Found,
            new AttachmentDownload(attachmentId, row.FileName, row.ContentType, row.Size, content));
    }

    private async Task<AttachmentResult?> CheckTicketAsync(HelpdeskDbContext db, int ticketId, TicketStatus status, bool citizen,
        CancellationToken cancellationToken)
    {
        // Officers may still file evidence on a closed ticket (a late receipt for the record); citizens may not.
        if (citizen && !status.IsOpen())
        {
            return Refused(AttachmentProblem.TicketClosed, status);
        }

        var count = await db.TicketAttachments.CountAsync(a => a.TicketId == ticketId, cancellationToken);
        return count >= options.Value.MaxPerTicket ? Refused(AttachmentProblem.TooMany) : null;
    }

    private async Task<AttachmentResult> StoreAsync(int ticketId, string? fileName, Stream content, string? uploadedById, long? messageId,
        CancellationToken cancellationToken)
    {
        var saved = await store.SaveAsync(content, cancellationToken);
        if (saved.File is not { } file)
        {
            return Refused(saved.Problem!.Value);
        }

        var name = AttachmentFileName.Clean(fileName, file.ContentType);
        TicketAttachment attachment;
        TicketEvent logged;
        try
        {
            using (await writeGate.EnterAsync(cancellationToken))
            {
                var now = clock.GetUtcNow().UtcDateTime;
                await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var ticket = await db.Tickets.SingleAsync(t => t.Id == ticketId, cancellationToken);
                if (await CheckTicketAsync(db, ticketId, ticket.Status, citizen: uploadedById is null, cancellationToken) is { } problem)
                {
                    store.Delete(file.Key);
                    return problem;
                }

                var routing = await db.Tickets.Where(t => t.Id == ticketId)
                    .Select(t => new { CategoryCode = t.Category!.Code, t.Complainant!.IdentityMode, t.Kind })
                    .SingleAsync(cancellationToken);

                attachment = new TicketAttachment
                {
                    TicketId = ticketId,
                    MessageId = messageId,
                    FileName = name,
                    ContentType = file.ContentType,
                    Size = file.Size,
                    StorageKey = file.Key,
                    Sha256 = file.Sha256,
                    UploadedById = uploadedById,
                    CreatedAt = now,
                };
                db.TicketAttachments.Add(attachment);
                db.TicketHistory.Add(new TicketHistoryEntry
                {
                    TicketId = ticketId,
                    At = now,
                    ActorId = uploadedById,
                    Action = TicketHistoryAction.AttachmentAdded,
                    Note = name,
                });
                ticket.UpdatedAt = now;
                logged = await TicketEventLog.AppendAsync(db, ticket, routing.CategoryCode,
                    TicketVisibility.IsConfidential(routing.IdentityMode, routing.Kind), TicketEventType.TicketChanged, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            // Nothing in the database points at the file: remove it, so no evidence-looking orphan stays behind.
            store.Delete(file.Key);
            throw;
        }

        LogStored(logger, attachment.Id, ticketId, attachment.ContentType, attachment.Size, logged.Sequence);
        bus.Publish(TicketEventMessage.From(logged));
        return new AttachmentResult(
            new AttachmentInfo(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.CreatedAt), null, null);
    }

    private AttachmentResult Refused(AttachmentProblem problem, TicketStatus? status = null) =>
        new(null, problem, messages.For(problem, status));

    // Ids, type and size only: a file name can carry a person's name.
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored attachment {AttachmentId} on ticket {TicketId} ({ContentType}, {Size} bytes), event {Sequence}")]
    private static partial void LogStored(ILogger logger, long attachmentId, int ticketId, string contentType, long size, long sequence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Attachment {AttachmentId} of ticket {TicketId} is missing on disk or no longer matches its checksum")]
    private static partial void LogDamaged(ILogger logger, long attachmentId, int ticketId);
}
