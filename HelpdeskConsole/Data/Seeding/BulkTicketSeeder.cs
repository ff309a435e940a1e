using System.Data.Common;
using System.Globalization;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// Synthetic tickets for load tests (<c>seed --tickets 1000000</c>): each with a complainant, the complaint as one
/// citizen message and a Created history entry, spread over the past twelve months with the demo data's volume
/// pattern, added to whatever the database holds. Raw ADO.NET on EF's connection, with prepared parameterized
/// INSERTs reused row after row, one transaction per batch, ids allocated from MAX(Id): plain SQL that runs on
/// SQLite and PostgreSQL alike. Every batch also moves the ticket number sequences on, so a batch that committed
/// is complete and later intake continues from the right number.
/// </summary>
public sealed class BulkTicketSeeder(IDbContextFactory<HelpdeskDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Tickets per transaction: large enough to amortise the commit, small enough to report progress.</summary>
    internal int BatchSize { get; set; } = 50_000;

    public async Task<int> SeedAsync(int count, int seed, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        if (count <= 0)
        {
            return 0;
        }

        var started = clock.GetTimestamp();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(seed);

        var categories = await LoadCategoriesAsync(db, cancellationToken);
        var rules = await Escalation.SlaRulesProvider.LoadAsync(db, cancellationToken);
        var codes = new SeedTrackingCodes();
        await foreach (var code in db.Tickets.AsNoTracking().Select(t => t.TrackingCode).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            codes.Reserve(code);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            using var writer = new Writer(db, connection);
            var curve = new IntakeCurve(now.AddDays(-365), now, TimeSpan.FromHours(7));
            var generator = new BulkTicketGenerator(random, now, categories, codes, rules);
            for (var done = 0; done < count;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var size = Math.Min(BatchSize, count - done);
                await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
                {
                    writer.Begin(transaction);
                    for (var i = done; i < done + size; i++)
                    {
                        writer.Write(generator.Next(curve.Stratified(i, count, random)));
                    }

                    writer.End();
                    await transaction.CommitAsync(cancellationToken);
                }

                done += size;
                progress?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {done,12:N0} / {count:N0} tickets ({(double)done / count,4:P0}) after {clock.GetElapsedTime(started).TotalSeconds:N1} s"));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return count;
    }

    private static async Task<List<SeedCategory>> LoadCategoriesAsync(HelpdeskDbContext db, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var officers = await (
                from user in db.Users
                join membership in db.UserRoles on user.Id equals membership.UserId
                join role in db.Roles on membership.RoleId equals role.Id
                where role.Name == Roles.Officer && user.TeamId != null && !user.IsDisabled
                orderby user.TeamId, user.Id
                select new { user.Id, user.DisplayName, TeamId = user.TeamId!.Value })
            .ToListAsync(cancellationToken);
        var seedTeams = teams.ToDictionary(t => t.Id, t => new SeedTeam(t.Id, t.Name, SeedCalendar.Offset(t.TimeZoneId), null,
            officers.Where(o => o.TeamId == t.Id).Select(o => new SeedOfficer(o.Id, o.DisplayName)).ToList()));

        var shares = ReferenceDataSeeder.Categories.ToDictionary(c => c.Code, c => (double)c.SharePercent);
        var categories = await db.Categories.AsNoTracking().Where(c => c.IsActive)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        if (categories.Count == 0)
        {
            throw new InvalidOperationException("There are no active categories: the reference data must be seeded first.");
        }

        return [.. categories.Select(c => new SeedCategory(c.Id, c.Code, seedTeams[c.TeamId], shares.GetValueOrDefault(c.Code, 2)))];
    }

    /// <summary>One synthetic ticket, its complainant, its complaint and its Created entry, ready to write.</summary>
    private sealed class Row
    {
        public Complainant Complainant { get; } = new();
        public Ticket Ticket { get; } = new() { Number = "", TrackingCode = "", Subject = "" };
        public string Body { get; set; } = "";
    }

    /// <summary>Draws tickets one by one; the caller supplies the arrival times, in order.</summary>
    private sealed class BulkTicketGenerator(Random random, DateTime now, List<SeedCategory> categories, SeedTrackingCodes codes, Escalation.SlaRules rules)
    {
        private static readonly (TicketChannel Channel, double Weight)[] Channels =
        [
            (TicketChannel.Web, 30), (TicketChannel.WhatsApp, 22), (TicketChannel.Lapor, 15), (TicketChannel.Telepon, 12),
            (TicketChannel.Email, 8), (TicketChannel.Loket, 7), (TicketChannel.MediaSosial, 6),
        ];

        private readonly Row row = new();

        // The THR share follows the holiday season (0.6x to 4x): one weight table per distinct factor.
        private readonly Dictionary<double, double[]> weights = [];

        public Row Next(DateTime createdAt)
        {
            var thr = SeedCalendar.ThrFactor(createdAt);
            if (!weights.TryGetValue(thr, out var table))
            {
                table = [.. categories.Select(c => c.Code == "THR" ? c.Share * thr : c.Share)];
                weights[thr] = table;
            }

            var category = categories[random.PickIndex(table)];
            var team = category.Team;
            var channel = random.PickWeighted(Channels);
            var english = channel is TicketChannel.Web or TicketChannel.Email && random.Chance(category.Corpus.EnglishShare * 2);
            var person = english && random.Chance(0.65) ? IndonesianNames.NextForeigner(random) : IndonesianNames.NextPerson(random);
            var register = english ? Register.English : random.Chance(channel is TicketChannel.WhatsApp or TicketChannel.MediaSosial ? 0.2 : 0.6) ? Register.Formal : Register.Casual;
            var identityRoll = random.NextDouble();
            var identity = identityRoll < 0.87 ? IdentityMode.Terbuka : identityRoll < 0.97 ? IdentityMode.Anonim : IdentityMode.Rahasia;
            var @case = ComplaintWriter.NewCase(random, category.Corpus, register, person, identity == IdentityMode.Terbuka, createdAt);
            var topic = @case.Topic;

            var age = SeedCalendar.WorkingDaysBetween(createdAt, now, team.Offset);
            var status = SeedCalendar.StatusForAge(age, random);
            var priority = topic.Kind is TicketKind.Informasi or TicketKind.Aspirasi ? TicketPriority.P4
                : topic.Priority == TicketPriority.P1 && random.Chance(0.4) ? TicketPriority.P2 : topic.Priority;

            var c = row.Complainant;
            c.Id = 0;
            c.IdentityMode = identity;
            c.Name = identity == IdentityMode.Terbuka || random.Chance(0.5) ? person.Name : null;
            c.Nik = !person.Foreign && random.Chance(0.7) ? IndonesianNames.Nik(person, random) : null;
            c.Phone = random.Chance(0.92) ? IndonesianNames.Phone(random) : null;
            c.Email = channel == TicketChannel.Email || random.Chance(0.35) ? IndonesianNames.Email(person, random) : null;
            c.Address = random.Chance(0.3) ? IndonesianNames.Address(person, random) : null;
            c.CreatedAt = createdAt;

            var t = row.Ticket;
            t.TrackingCode = codes.Next(random);
            t.Kind = topic.Kind;
            t.Channel = channel;
            t.Priority = priority;
            t.Status = status;
            t.Subject = ComplaintWriter.Subject(random, @case, channel is TicketChannel.Telepon or TicketChannel.Loket);
            t.CategoryId = category.Id;
            t.TeamId = team.Id;
            t.AssigneeId = status != TicketStatus.Baru && team.Officers.Count > 0 ? team.Officers[random.Next(team.Officers.Count)].Id : null;
            t.CreatedAt = createdAt;
            t.Version = 0;

            // Timestamps that agree with the status: answered in office hours, closed after a plausible handling time.
            t.FirstResponseAt = status is TicketStatus.Baru or TicketStatus.Verifikasi
                ? null
                : Before(SeedCalendar.NextWorkingTime(createdAt + random.Between(TimeSpan.FromMinutes(20), TimeSpan.FromHours(random.Chance(0.05) ? 60 : 6)), team.Offset, random));
            var closed = !status.IsOpen();
            t.ResolvedAt = closed ? Before(SeedCalendar.NextWorkingTime(createdAt + random.Between(TimeSpan.FromHours(4), TimeSpan.FromDays(priority == TicketPriority.P4 ? 4 : 16)), team.Offset, random)) : null;
            if (t.ResolvedAt < t.FirstResponseAt)
            {
                t.ResolvedAt = t.FirstResponseAt;
            }

            t.ClosedAt = t.ResolvedAt;
            Escalation.SlaClock.Start(t, rules);
            t.UpdatedAt = t.ResolvedAt ?? (t.FirstResponseAt is { } first ? first + ((now - first) * random.NextDouble()) : createdAt);

            row.Body = ComplaintWriter.Body(random, @case, channel, brief: true);
            return row;
        }

        private DateTime Before(DateTime at) => at <= now ? at : now;
    }

    /// <summary>The prepared statements, the id counters and the ticket number sequences of the running batch.</summary>
    private sealed class Writer : IDisposable
    {
        private readonly BulkInsertCommand complainants;
        private readonly BulkInsertCommand tickets;
        private readonly BulkInsertCommand messages;
        private readonly BulkInsertCommand history;
        private readonly BulkInsertCommand newSequence;
        private readonly DbCommand maxIds;
        private readonly DbCommand readSequences;
        private readonly DbCommand updateSequence;
        private readonly Dictionary<int, (int Last, bool Stored)> sequences = [];
        private long complainantId;
        private long ticketId;
        private long messageId;
        private long historyId;

        private readonly int cId, cMode, cName, cNik, cPhone, cEmail, cAddress, cCreated;
        private readonly int tId, tNumber, tCode, tKind, tChannel, tPriority, tStatus, tSubject, tCategory, tTeam, tAssignee,
            tComplainant, tCreated, tUpdated, tFirst, tResolved, tClosed, tVersion, tForwardedTo, tClosingNote,
            tDueKind, tDueAt, tWarnAt, tPaused, tSlaStarted, tCycle, tLevel, tNextEscalation;
        private readonly int mId, mTicket, mType, mBody, mAuthor, mCreated;
        private readonly int hId, hTicket, hAt, hActor, hAction, hFrom, hTo, hNote;

        public Writer(HelpdeskDbContext db, DbConnection connection)
        {
            complainants = BulkInsertCommand.Create<Complainant>(db, connection,
                nameof(Complainant.Id), nameof(Complainant.IdentityMode), nameof(Complainant.Name), nameof(Complainant.Nik),
                nameof(Complainant.Phone), nameof(Complainant.Email), nameof(Complainant.Address), nameof(Complainant.CreatedAt));
            cId = complainants.Column(nameof(Complainant.Id));
            cMode = complainants.Column(nameof(Complainant.IdentityMode));
            cName = complainants.Column(nameof(Complainant.Name));
            cNik = complainants.Column(nameof(Complainant.Nik));
            cPhone = complainants.Column(nameof(Complainant.Phone));
            cEmail = complainants.Column(nameof(Complainant.Email));
            cAddress = complainants.Column(nameof(Complainant.Address));
            cCreated = complainants.Column(nameof(Complainant.CreatedAt));

            tickets = BulkInsertCommand.Create<Ticket>(db, connection,
                nameof(Ticket.Id), nameof(Ticket.Number), nameof(Ticket.TrackingCode), nameof(Ticket.Kind), nameof(Ticket.Channel),
                nameof(Ticket.Priority), nameof(Ticket.Status), nameof(Ticket.Subject), nameof(Ticket.CategoryId), nameof(Ticket.TeamId),
                nameof(Ticket.AssigneeId), nameof(Ticket.ComplainantId), nameof(Ticket.CreatedAt), nameof(Ticket.UpdatedAt),
                nameof(Ticket.FirstResponseAt), nameof(Ticket.ResolvedAt), nameof(Ticket.ClosedAt), nameof(Ticket.Version),
                nameof(Ticket.ForwardedTo), nameof(Ticket.ClosingNote), nameof(Ticket.DueKind), nameof(Ticket.DueAt),
                nameof(Ticket.WarnAt), nameof(Ticket.SlaPaused), nameof(Ticket.SlaStartedAt), nameof(Ticket.SlaCycle),
                nameof(Ticket.EscalationLevel), nameof(Ticket.NextEscalationAt));
            tId = tickets.Column(nameof(Ticket.Id));
            tNumber = tickets.Column(nameof(Ticket.Number));
            tCode = tickets.Column(nameof(Ticket.TrackingCode));
            tKind = tickets.Column(nameof(Ticket.Kind));
            tChannel = tickets.Column(nameof(Ticket.Channel));
            tPriority = tickets.Column(nameof(Ticket.Priority));
            tStatus = tickets.Column(nameof(Ticket.Status));
            tSubject = tickets.Column(nameof(Ticket.Subject));
            tCategory = tickets.Column(nameof(Ticket.CategoryId));
            tTeam = tickets.Column(nameof(Ticket.TeamId));
            tAssignee = tickets.Column(nameof(Ticket.AssigneeId));
            tComplainant = tickets.Column(nameof(Ticket.ComplainantId));
            tCreated = tickets.Column(nameof(Ticket.CreatedAt));
            tUpdated = tickets.Column(nameof(Ticket.UpdatedAt));
            tFirst = tickets.Column(nameof(Ticket.FirstResponseAt));
            tResolved = tickets.Column(nameof(Ticket.ResolvedAt));
            tClosed = tickets.Column(nameof(Ticket.ClosedAt));
            tVersion = tickets.Column(nameof(Ticket.Version));
            tForwardedTo = tickets.Column(nameof(Ticket.ForwardedTo));
            tClosingNote = tickets.Column(nameof(Ticket.ClosingNote));
            tDueKind = tickets.Column(nameof(Ticket.DueKind));
            tDueAt = tickets.Column(nameof(Ticket.DueAt));
            tWarnAt = tickets.Column(nameof(Ticket.WarnAt));
            tPaused = tickets.Column(nameof(Ticket.SlaPaused));
            tSlaStarted = tickets.Column(nameof(Ticket.SlaStartedAt));
            tCycle = tickets.Column(nameof(Ticket.SlaCycle));
            tLevel = tickets.Column(nameof(Ticket.EscalationLevel));
            tNextEscalation = tickets.Column(nameof(Ticket.NextEscalationAt));

            messages = BulkInsertCommand.Create<TicketMessage>(db, connection,
                nameof(TicketMessage.Id), nameof(TicketMessage.TicketId), nameof(TicketMessage.Type), nameof(TicketMessage.Body),
                nameof(TicketMessage.AuthorId), nameof(TicketMessage.CreatedAt));
            mId = messages.Column(nameof(TicketMessage.Id));
            mTicket = messages.Column(nameof(TicketMessage.TicketId));
            mType = messages.Column(nameof(TicketMessage.Type));
            mBody = messages.Column(nameof(TicketMessage.Body));
            mAuthor = messages.Column(nameof(TicketMessage.AuthorId));
            mCreated = messages.Column(nameof(TicketMessage.CreatedAt));

            history = BulkInsertCommand.Create<TicketHistoryEntry>(db, connection,
                nameof(TicketHistoryEntry.Id), nameof(TicketHistoryEntry.TicketId), nameof(TicketHistoryEntry.At),
                nameof(TicketHistoryEntry.ActorId), nameof(TicketHistoryEntry.Action), nameof(TicketHistoryEntry.FromValue),
                nameof(TicketHistoryEntry.ToValue), nameof(TicketHistoryEntry.Note));
            hId = history.Column(nameof(TicketHistoryEntry.Id));
            hTicket = history.Column(nameof(TicketHistoryEntry.TicketId));
            hAt = history.Column(nameof(TicketHistoryEntry.At));
            hActor = history.Column(nameof(TicketHistoryEntry.ActorId));
            hAction = history.Column(nameof(TicketHistoryEntry.Action));
            hFrom = history.Column(nameof(TicketHistoryEntry.FromValue));
            hTo = history.Column(nameof(TicketHistoryEntry.ToValue));
            hNote = history.Column(nameof(TicketHistoryEntry.Note));

            newSequence = BulkInsertCommand.Create<TicketNumberSequence>(db, connection,
                nameof(TicketNumberSequence.Year), nameof(TicketNumberSequence.LastValue));

            var sql = db.GetService<ISqlGenerationHelper>();
            string Table<T>() => sql.DelimitIdentifier(db.Model.FindEntityType(typeof(T))!.GetTableName()!, db.Model.FindEntityType(typeof(T))!.GetSchema());
            string Column<T>(string property) => sql.DelimitIdentifier(db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetColumnName());

            maxIds = connection.CreateCommand();
            maxIds.CommandText =
                $"SELECT (SELECT MAX({Column<Complainant>(nameof(Complainant.Id))}) FROM {Table<Complainant>()}), " +
                $"(SELECT MAX({Column<Ticket>(nameof(Ticket.Id))}) FROM {Table<Ticket>()}), " +
                $"(SELECT MAX({Column<TicketMessage>(nameof(TicketMessage.Id))}) FROM {Table<TicketMessage>()}), " +
                $"(SELECT MAX({Column<TicketHistoryEntry>(nameof(TicketHistoryEntry.Id))}) FROM {Table<TicketHistoryEntry>()})";

            var year = Column<TicketNumberSequence>(nameof(TicketNumberSequence.Year));
            var lastValue = Column<TicketNumberSequence>(nameof(TicketNumberSequence.LastValue));
            readSequences = connection.CreateCommand();
            readSequences.CommandText = $"SELECT {year}, {lastValue} FROM {Table<TicketNumberSequence>()}";

            updateSequence = connection.CreateCommand();
            updateSequence.CommandText =
                $"UPDATE {Table<TicketNumberSequence>()} SET {lastValue} = {sql.GenerateParameterNamePlaceholder("last")} " +
                $"WHERE {year} = {sql.GenerateParameterNamePlaceholder("year")}";
            AddParameter(updateSequence, sql.GenerateParameterName("last"));
            AddParameter(updateSequence, sql.GenerateParameterName("year"));
        }

        /// <summary>Reads where ids and numbers stand inside the batch's transaction, so the batch continues from there.</summary>
        public void Begin(DbTransaction transaction)
        {
            foreach (var command in new[] { complainants, tickets, messages, history, newSequence })
            {
                command.Enlist(transaction);
            }

            maxIds.Transaction = transaction;
            readSequences.Transaction = transaction;
            updateSequence.Transaction = transaction;

            using (var reader = maxIds.ExecuteReader())
            {
                reader.Read();
                complainantId = reader.IsDBNull(0) ? 0 : Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                ticketId = reader.IsDBNull(1) ? 0 : Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
                messageId = reader.IsDBNull(2) ? 0 : Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
                historyId = reader.IsDBNull(3) ? 0 : Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture);
            }

            sequences.Clear();
            using (var reader = readSequences.ExecuteReader())
            {
                while (reader.Read())
                {
                    sequences[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] =
                        (Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), true);
                }
            }
        }

        public void Write(Row row)
        {
            var c = row.Complainant;
            c.Id = (int)++complainantId;
            complainants.Set(cId, c.Id);
            complainants.Set(cMode, c.IdentityMode);
            complainants.Set(cName, c.Name);
            complainants.Set(cNik, c.Nik);
            complainants.Set(cPhone, c.Phone);
            complainants.Set(cEmail, c.Email);
            complainants.Set(cAddress, c.Address);
            complainants.Set(cCreated, c.CreatedAt);
            complainants.Execute();

            var t = row.Ticket;
            var year = t.CreatedAt.Year;
            var (last, stored) = sequences.GetValueOrDefault(year);
            sequences[year] = (++last, stored);
            t.Id = (int)++ticketId;
            t.Number = TicketNumberSequence.Format(year, last);
            tickets.Set(tId, t.Id);
            tickets.Set(tNumber, t.Number);
            tickets.Set(tCode, t.TrackingCode);
            tickets.Set(tKind, t.Kind);
            tickets.Set(tChannel, t.Channel);
            tickets.Set(tPriority, t.Priority);
            tickets.Set(tStatus, t.Status);
            tickets.Set(tSubject, t.Subject);
            tickets.Set(tCategory, t.CategoryId);
            tickets.Set(tTeam, t.TeamId);
            tickets.Set(tAssignee, t.AssigneeId);
            tickets.Set(tComplainant, c.Id);
            tickets.Set(tCreated, t.CreatedAt);
            tickets.Set(tUpdated, t.UpdatedAt);
            tickets.Set(tFirst, t.FirstResponseAt);
            tickets.Set(tResolved, t.ResolvedAt);
            tickets.Set(tClosed, t.ClosedAt);
            tickets.Set(tVersion, t.Version);
            tickets.Set(tForwardedTo, t.ForwardedTo);
            tickets.Set(tClosingNote, t.ClosingNote);
            tickets.Set(tDueKind, t.DueKind);
            tickets.Set(tDueAt, t.DueAt);
            tickets.Set(tWarnAt, t.WarnAt);
            tickets.Set(tPaused, t.SlaPaused);
            tickets.Set(tSlaStarted, t.SlaStartedAt);
            tickets.Set(tCycle, t.SlaCycle);
            tickets.Set(tLevel, t.EscalationLevel);
            tickets.Set(tNextEscalation, t.NextEscalationAt);
            tickets.Execute();

            messages.Set(mId, ++messageId);
            messages.Set(mTicket, t.Id);
            messages.Set(mType, MessageType.CitizenMessage);
            messages.Set(mBody, row.Body);
            messages.Set(mAuthor, null);
            messages.Set(mCreated, t.CreatedAt);
            messages.Execute();

            history.Set(hId, ++historyId);
            history.Set(hTicket, t.Id);
            history.Set(hAt, t.CreatedAt);
            history.Set(hActor, null);
            history.Set(hAction, TicketHistoryAction.Created);
            history.Set(hFrom, null);
            history.Set(hTo, nameof(TicketStatus.Baru));
            history.Set(hNote, null);
            history.Execute();
        }

        /// <summary>Stores the sequences the batch moved on, inside its transaction.</summary>
        public void End()
        {
            foreach (var (year, (last, stored)) in sequences.OrderBy(s => s.Key))
            {
                if (stored)
                {
                    updateSequence.Parameters[0].Value = last;
                    updateSequence.Parameters[1].Value = year;
                    updateSequence.ExecuteNonQuery();
                }
                else
                {
                    newSequence.Set(newSequence.Column(nameof(TicketNumberSequence.Year)), year);
                    newSequence.Set(newSequence.Column(nameof(TicketNumberSequence.LastValue)), last);
                    newSequence.Execute();
                }
            }
        }

        public void Dispose()
        {
            complainants.Dispose();
            tickets.Dispose();
            messages.Dispose();
            history.Dispose();
            newSequence.Dispose();
            maxIds.Dispose();
            readSequences.Dispose();
            updateSequence.Dispose();
        }

        private static void AddParameter(DbCommand command, string name)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
    }
}
