using HelpdeskConsole.Tickets;

namespace HelpdeskConsole.Data.Seeding;

/// <summary>A team as the generators see it: who leads it, who works in it, and its clock.</summary>
internal sealed record SeedTeam(int Id, string Name, TimeSpan Offset, SeedOfficer? Lead, IReadOnlyList<SeedOfficer> Officers)
{
    public double[] OfficerWeights { get; } = [.. Officers.Select(o => o.Weight)];
}

internal sealed record SeedOfficer(string Id, string Name, double Weight = 1);

/// <summary>A category as the generators see it: owner team and share of the volume.</summary>
internal sealed record SeedCategory(int Id, string Code, SeedTeam Team, double Share)
{
    public CorpusCategory Corpus { get; } = DemoCorpus.For(Code);
}

/// <summary>
/// Plans the demo tickets: when each arrived, what it is about, who wrote it and how far it got, then plays out its
/// life (assignment, replies, notes, follow-ups, status changes) on a clock that respects office hours and never
/// passes "now". Everything comes from one seeded <see cref="Random"/> in a fixed order.
/// </summary>
internal sealed class DemoTicketGenerator(
    Random random,
    DateTime nowUtc,
    IReadOnlyList<SeedCategory> categories,
    SeedTrackingCodes trackingCodes,
    Dictionary<int, int> lastNumbers)
{
    // Overall mix: web 30%, WhatsApp 22%, LAPOR! 15%, call centre 12%, e-mail 8%, walk-in 7%, social media 6%.
    // Calls and walk-ins only happen in office hours (about half the arrivals), so they weigh double there.
    private static readonly (TicketChannel Channel, double Weight)[] OfficeHourChannels =
    [
        (TicketChannel.Web, 24), (TicketChannel.WhatsApp, 18), (TicketChannel.Lapor, 12), (TicketChannel.Telepon, 22),
        (TicketChannel.Email, 6.5), (TicketChannel.Loket, 13), (TicketChannel.MediaSosial, 4.5),
    ];

    private static readonly (TicketChannel Channel, double Weight)[] OnlineChannels =
    [
        (TicketChannel.Web, 30), (TicketChannel.WhatsApp, 22), (TicketChannel.Lapor, 15), (TicketChannel.Email, 8),
        (TicketChannel.MediaSosial, 6),
    ];

    private readonly List<Plan> plans = [];

    public List<Ticket> Generate(int count)
    {
        if (count <= 0 || categories.Count == 0)
        {
            return [];
        }

        plans.Clear();
        var curve = new IntakeCurve(SeedCalendar.DemoPeriodStart(nowUtc), nowUtc, TimeSpan.FromHours(7));
        var shares = categories.Select(c => c.Share).ToArray();
        var weights = new double[categories.Count];
        for (var i = 0; i < count; i++)
        {
            var createdAt = curve.Stratified(i, count, random);
            var thr = SeedCalendar.ThrFactor(createdAt);
            for (var c = 0; c < categories.Count; c++)
            {
                weights[c] = categories[c].Code == "THR" ? shares[c] * thr : shares[c];
            }

            plans.Add(NewPlan(categories[random.PickIndex(weights)], createdAt));
        }

        EnsureEveryStatus();

        var tickets = new List<Ticket>(count);
        foreach (var plan in plans)
        {
            tickets.Add(Build(plan));
        }

        return tickets;
    }

    private sealed class Plan
    {
        public required DateTime CreatedAt { get; init; }
        public required SeedCategory Category { get; init; }
        public required ComplaintCase Case { get; init; }
        public required Complainant Complainant { get; init; }
        public required TicketChannel Channel { get; init; }
        public required TicketKind Kind { get; init; }
        public required TicketPriority Priority { get; init; }
        public required TicketStatus Status { get; set; }
        public bool Late { get; set; }
        public string Number { get; set; } = "";
    }

    private Plan NewPlan(SeedCategory category, DateTime createdAt)
    {
        var team = category.Team;
        var local = createdAt + team.Offset;
        var channel = random.PickWeighted(SeedCalendar.IsWorkingTime(local) ? OfficeHourChannels : OnlineChannels);

        var corpus = category.Corpus;
        var english = channel is TicketChannel.Web or TicketChannel.Email or TicketChannel.WhatsApp or TicketChannel.MediaSosial
                      && random.Chance(corpus.EnglishShare / 0.66);
        var person = english && random.Chance(0.65) ? IndonesianNames.NextForeigner(random) : IndonesianNames.NextPerson(random);
        var register = english ? Register.English : RegisterFor(channel, person);

        // Identity first (it decides whether the reporter signs), then the case, whose topic may tighten it.
        var identityRoll = random.NextDouble();
        var named = identityRoll < 0.87;
        var @case = ComplaintWriter.NewCase(random, corpus, register, person, named, createdAt);
        var topic = @case.Topic;
        var kind = topic.Kind;
        var identity = identityRoll < 0.87 ? IdentityMode.Terbuka : identityRoll < 0.97 ? IdentityMode.Anonim : IdentityMode.Rahasia;
        if (topic.Key is "pungli" && random.Chance(0.3))
        {
            kind = TicketKind.Wbs;
        }

        if (kind == TicketKind.Wbs || (topic.Key == "tppo" && random.Chance(0.15)))
        {
            identity = IdentityMode.Rahasia;
        }

        // P1 stays rare: only the severe accidents, layoffs and trafficking cases; the rest are urgent, not critical.
        var priority = topic.Priority == TicketPriority.P1 && random.Chance(0.4) ? TicketPriority.P2 : topic.Priority;
        if (kind is TicketKind.Informasi or TicketKind.Aspirasi)
        {
            priority = TicketPriority.P4;
        }

        var status = SeedCalendar.StatusForAge(SeedCalendar.WorkingDaysBetween(createdAt, nowUtc, team.Offset), random);
        if (status == TicketStatus.Selesai && random.Chance(topic.ForwardShare))
        {
            status = TicketStatus.Diteruskan;
        }
        else if (status == TicketStatus.Diteruskan && topic.ForwardShare == 0)
        {
            status = TicketStatus.Selesai;
        }

        return new Plan
        {
            CreatedAt = createdAt,
            Category = category,
            Case = @case,
            Complainant = NewComplainant(person, identity, channel, createdAt),
            Channel = channel,
            Kind = kind,
            Priority = priority,
            Status = status,
            Late = status != TicketStatus.Baru && random.Chance(0.05),
        };
    }

    private Register RegisterFor(TicketChannel channel, SeedPerson person)
    {
        var formal = channel switch
        {
            TicketChannel.Telepon or TicketChannel.Loket => 1.0,
            TicketChannel.Email => 0.8,
            TicketChannel.Lapor => 0.6,
            TicketChannel.Web => 0.55,
            TicketChannel.WhatsApp => 0.2,
            _ => 0.1,
        };
        if (random.Chance(formal))
        {
            return Register.Formal;
        }

        if (random.Chance(0.18))
        {
            // A regional flavour where the writer comes from: Sundanese in West Java, Javanese in Central/East Java.
            if (person.RegionCode.StartsWith("32", StringComparison.Ordinal))
            {
                return Register.Sundanese;
            }

            if (person.RegionCode.Length > 1 && person.RegionCode[0] == '3' && person.RegionCode[1] is '3' or '4' or '5')
            {
                return Register.Javanese;
            }
        }

        return Register.Casual;
    }

    private Complainant NewComplainant(SeedPerson person, IdentityMode identity, TicketChannel channel, DateTime createdAt)
    {
        var keepName = identity switch
        {
            IdentityMode.Terbuka => true,
            IdentityMode.Anonim => random.Chance(0.5),
            _ => random.Chance(0.6),
        };
        var nikShare = identity switch
        {
            IdentityMode.Terbuka => 0.75,
            IdentityMode.Anonim => 0.3,
            _ => 0.5,
        };
        return new Complainant
        {
            IdentityMode = identity,
            Name = keepName ? person.Name : null,
            Nik = !person.Foreign && random.Chance(nikShare) ? IndonesianNames.Nik(person, random) : null,
            Phone = channel == TicketChannel.WhatsApp || random.Chance(0.9) ? IndonesianNames.Phone(random) : null,
            Email = channel == TicketChannel.Email || person.Foreign || random.Chance(0.35) ? IndonesianNames.Email(person, random) : null,
            Address = random.Chance(channel == TicketChannel.Loket ? 0.7 : 0.3) ? IndonesianNames.Address(person, random) : null,
            CreatedAt = createdAt,
        };
    }

    /// <summary>
    /// Makes sure a demo of reasonable size shows every status: a missing one is given to the ticket whose age
    /// suits it best, taken from a status that has plenty.
    /// </summary>
    private void EnsureEveryStatus()
    {
        if (plans.Count < 24)
        {
            return;
        }

        foreach (var status in Enum.GetValues<TicketStatus>())
        {
            if (plans.Any(p => p.Status == status))
            {
                continue;
            }

            var closed = status is TicketStatus.Selesai or TicketStatus.Diteruskan or TicketStatus.Diarsipkan;
            IEnumerable<Plan> candidates = closed ? plans : Enumerable.Reverse(plans);
            var donor = candidates.FirstOrDefault(p => plans.Count(q => q.Status == p.Status) > 2
                                                       && (closed || (nowUtc - p.CreatedAt).TotalDays < 14)
                                                       && (status != TicketStatus.Diteruskan || p.Case.Topic.ForwardShare > 0));
            if (donor is not null)
            {
                donor.Status = status;
                donor.Late = donor.Late && status != TicketStatus.Baru;
            }
        }
    }

    private Ticket Build(Plan plan)
    {
        var year = plan.CreatedAt.Year;
        var number = lastNumbers.GetValueOrDefault(year) + 1;
        lastNumbers[year] = number;
        plan.Number = TicketNumberSequence.Format(year, number);

        var team = plan.Category.Team;
        var c = plan.Case;
        var slots = c.Slots;
        slots.Number = plan.Number;
        slots.Team = team.Name;
        slots.Target = slots.Fill(random.Pick(c.Topic.Referrals.Length > 0 ? c.Topic.Referrals : c.Category.Referrals));
        var previous = plans.LastOrDefault(p => p.Category == plan.Category && p.Number.Length > 0 && p != plan);
        slots.Dup = previous?.Number ?? "";

        var officer = team.Officers.Count > 0 ? team.Officers[random.PickIndex(team.OfficerWeights)] : team.Lead;
        var lead = team.Lead ?? officer;
        slots.Officer = officer?.Name ?? "";

        var ticket = new Ticket
        {
            Number = plan.Number,
            TrackingCode = trackingCodes.Next(random),
            Kind = plan.Kind,
            Channel = plan.Channel,
            Priority = plan.Priority,
            Status = plan.Status,
            Subject = ComplaintWriter.Subject(random, c, plan.Channel is TicketChannel.Telepon or TicketChannel.Loket),
            CategoryId = plan.Category.Id,
            TeamId = team.Id,
            Complainant = plan.Complainant,
            CreatedAt = plan.CreatedAt,
        };

        var life = new TicketLife(random, team.Offset, plan.CreatedAt);
        life.Message(MessageType.CitizenMessage, null, ComplaintWriter.Body(random, c, plan.Channel));
        life.History(TicketHistoryAction.Created, null, toValue: nameof(TicketStatus.Baru), note: null);

        if (plan.Status != TicketStatus.Baru && officer is not null && lead is not null)
        {
            ticket.AssigneeId = officer.Id;
            PlayOut(plan, ticket, life, officer, lead);
        }

        life.FitBefore(nowUtc);
        ticket.Messages = life.Messages;
        ticket.History = life.Entries;
        ticket.UpdatedAt = life.Last;
        ticket.FirstResponseAt = life.Messages.FirstOrDefault(m => m.Type == MessageType.PublicReply)?.CreatedAt;
        if (!plan.Status.IsOpen())
        {
            ticket.ResolvedAt = life.Entries.Last(e => e.Action is TicketHistoryAction.StatusChanged).At;
            ticket.ClosedAt = ticket.ResolvedAt;
        }

        return ticket;
    }

    private void PlayOut(Plan plan, Ticket ticket, TicketLife life, SeedOfficer officer, SeedOfficer lead)
    {
        var c = plan.Case;
        var final = plan.Status;
        var late = plan.Late;

        if (late)
        {
            if (random.Chance(0.6))
            {
                life.CitizenAfter(TimeSpan.FromHours(20), TimeSpan.FromHours(40));
                life.Message(MessageType.CitizenMessage, null, ComplaintWriter.Chases(random, c));
                life.History(TicketHistoryAction.CitizenReplied, null);
            }

            life.OfficerAfter(TimeSpan.FromHours(30), TimeSpan.FromDays(3));
            life.Message(MessageType.InternalNote, lead.Id, OfficerReplies.LeadNote(random, c, late: true, plan.Priority));
            life.History(TicketHistoryAction.NoteAdded, lead.Id);
        }
        else
        {
            life.OfficerAfter(PickupDelay(plan.Priority));
        }

        var assignedBy = random.Chance(0.5) ? lead : officer;
        life.History(TicketHistoryAction.Assigned, assignedBy.Id, toValue: officer.Id);
        life.OfficerAfter(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(6));
        Status(life, officer, TicketStatus.Baru, TicketStatus.Verifikasi);

        if (random.Chance(0.06))
        {
            var from = plan.Priority switch
            {
                TicketPriority.P1 => TicketPriority.P2,
                TicketPriority.P2 => TicketPriority.P3,
                TicketPriority.P3 => random.Chance(0.5) ? TicketPriority.P4 : TicketPriority.P2,
                _ => TicketPriority.P3,
            };
            life.OfficerAfter(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(40));
            life.History(TicketHistoryAction.PriorityChanged, random.Chance(0.5) ? lead.Id : officer.Id,
                fromValue: from.ToString(), toValue: plan.Priority.ToString(), note: OfficerReplies.PriorityNote(from, plan.Priority));
        }

        if (plan.Priority == TicketPriority.P1 && random.Chance(0.7))
        {
            life.OfficerAfter(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(50));
            Note(life, lead, OfficerReplies.LeadNote(random, c, late: false, TicketPriority.P1));
        }

        var current = TicketStatus.Verifikasi;
        switch (final)
        {
            case TicketStatus.Verifikasi:
                if (random.Chance(0.55))
                {
                    Reply(life, officer, c, ReplyKind.Acknowledge, late, TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
                }

                if (random.Chance(0.3))
                {
                    life.OfficerAfter(TimeSpan.FromMinutes(10), TimeSpan.FromHours(3));
                    Note(life, officer, OfficerReplies.Note(random, c));
                }

                return;

            case TicketStatus.PerluKelengkapan:
                if (random.Chance(0.3))
                {
                    life.OfficerAfter(TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
                    Note(life, officer, OfficerReplies.Note(random, c));
                }

                Reply(life, officer, c, ReplyKind.RequestInformation, late, TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
                Status(life, officer, current, TicketStatus.PerluKelengkapan);
                return;

            case TicketStatus.Diteruskan:
                if (random.Chance(0.3))
                {
                    Reply(life, officer, c, ReplyKind.Acknowledge, late, TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
                    late = false;
                    life.OfficerAfter(TimeSpan.FromHours(2), TimeSpan.FromDays(2));
                    Status(life, officer, current, TicketStatus.Diproses);
                    current = TicketStatus.Diproses;
                }

                life.OfficerAfter(TimeSpan.FromMinutes(20), TimeSpan.FromDays(1));
                Note(life, officer, OfficerReplies.ForwardNote(c));
                Reply(life, officer, c, ReplyKind.Referral, late, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));
                life.History(TicketHistoryAction.Forwarded, officer.Id, note: c.Slots.Target);
                life.OfficerAfter(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
                Status(life, officer, current, TicketStatus.Diteruskan);
                return;

            case TicketStatus.Diarsipkan:
                if (c.Slots.Dup.Length > 0 && random.Chance(0.6))
                {
                    life.OfficerAfter(TimeSpan.FromMinutes(10), TimeSpan.FromHours(3));
                    Note(life, officer, OfficerReplies.DuplicateNote(c));
                    Reply(life, officer, c, ReplyKind.Duplicate, late, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(30));
                }
                else
                {
                    if (random.Chance(0.6))
                    {
                        Reply(life, officer, c, ReplyKind.Acknowledge, late, TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
                    }

                    life.CitizenAfter(TimeSpan.FromHours(3), TimeSpan.FromDays(3));
                    life.Message(MessageType.CitizenMessage, null, ComplaintWriter.Withdraws(random, c));
                    life.History(TicketHistoryAction.CitizenReplied, null);
                    Reply(life, officer, c, ReplyKind.Withdrawn, false, TimeSpan.FromMinutes(20), TimeSpan.FromHours(5));
                }

                life.OfficerAfter(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
                Status(life, officer, current, TicketStatus.Diarsipkan);
                return;
        }

        // DIPROSES, MENUNGGU_TANGGAPAN and SELESAI share the road up to the answer.
        if (random.Chance(0.35))
        {
            Reply(life, officer, c, ReplyKind.RequestInformation, late, TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
            Status(life, officer, current, TicketStatus.PerluKelengkapan);
            life.CitizenAfter(TimeSpan.FromHours(2), TimeSpan.FromDays(3));
            life.Message(MessageType.CitizenMessage, null, ComplaintWriter.ProvidesInformation(random, c));
            life.History(TicketHistoryAction.CitizenReplied, null);
            life.OfficerAfter(TimeSpan.FromMinutes(30), TimeSpan.FromHours(20));
            Status(life, officer, TicketStatus.PerluKelengkapan, TicketStatus.Diproses);
            Reply(life, officer, c, ReplyKind.Progress, false, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));
        }
        else
        {
            if (plan.Priority != TicketPriority.P4 || random.Chance(0.3))
            {
                Reply(life, officer, c, ReplyKind.Acknowledge, late, TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
            }

            life.OfficerAfter(TimeSpan.FromMinutes(5), TimeSpan.FromHours(4));
            Status(life, officer, current, TicketStatus.Diproses);
        }

        current = TicketStatus.Diproses;
        for (var notes = random.Next(0, 3); notes > 0; notes--)
        {
            life.OfficerAfter(TimeSpan.FromHours(1), TimeSpan.FromDays(2));
            if (random.Chance(0.25))
            {
                Note(life, lead, OfficerReplies.LeadNote(random, c, late: false, TicketPriority.P3));
            }
            else
            {
                Note(life, officer, OfficerReplies.Note(random, c));
            }
        }

        if (plan.Priority != TicketPriority.P4 && random.Chance(late ? 0.8 : 0.15))
        {
            life.CitizenAfter(TimeSpan.FromDays(2), TimeSpan.FromDays(6));
            life.Message(MessageType.CitizenMessage, null, ComplaintWriter.Chases(random, c));
            life.History(TicketHistoryAction.CitizenReplied, null);
            Reply(life, officer, c, ReplyKind.Apology, false, TimeSpan.FromMinutes(30), TimeSpan.FromHours(8));
        }
        else if (plan.Priority != TicketPriority.P4 && random.Chance(0.35))
        {
            Reply(life, officer, c, ReplyKind.Progress, false, TimeSpan.FromDays(1), TimeSpan.FromDays(4));
        }

        if (final == TicketStatus.Diproses)
        {
            return;
        }

        Reply(life, officer, c, ReplyKind.Answer, false, HandlingTime(plan.Priority));
        Status(life, officer, current, TicketStatus.MenungguTanggapan);
        if (final == TicketStatus.MenungguTanggapan)
        {
            return;
        }

        CloseAfterAnswer(life, officer, c);

        if (random.Chance(0.04))
        {
            // Reopened: the employer did not keep its word.
            life.CitizenAfter(TimeSpan.FromDays(3), TimeSpan.FromDays(12));
            life.Message(MessageType.CitizenMessage, null, ComplaintWriter.Reopens(random, c));
            life.History(TicketHistoryAction.CitizenReplied, null);
            life.OfficerAfter(TimeSpan.FromHours(1), TimeSpan.FromHours(20));
            life.History(TicketHistoryAction.Reopened, officer.Id, fromValue: nameof(TicketStatus.Selesai), toValue: nameof(TicketStatus.Diproses),
                note: "Dibuka kembali atas permintaan pelapor.");
            Reply(life, officer, c, ReplyKind.Apology, false, TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
            Reply(life, officer, c, ReplyKind.Answer, false, HandlingTime(plan.Priority));
            Status(life, officer, TicketStatus.Diproses, TicketStatus.MenungguTanggapan);
            CloseAfterAnswer(life, officer, c);
        }
    }

    private void CloseAfterAnswer(TicketLife life, SeedOfficer officer, ComplaintCase c)
    {
        if (random.Chance(0.6))
        {
            life.CitizenAfter(TimeSpan.FromHours(2), TimeSpan.FromDays(4));
            life.Message(MessageType.CitizenMessage, null, ComplaintWriter.Thanks(random, c));
            life.History(TicketHistoryAction.CitizenReplied, null);
            if (random.Chance(0.6))
            {
                Reply(life, officer, c, ReplyKind.Closing, false, TimeSpan.FromMinutes(10), TimeSpan.FromHours(6));
            }
            else
            {
                life.OfficerAfter(TimeSpan.FromMinutes(10), TimeSpan.FromHours(6));
            }

            Status(life, officer, TicketStatus.MenungguTanggapan, TicketStatus.Selesai);
        }
        else
        {
            // Ten working days without an answer: the system closes it.
            life.After(TimeSpan.FromDays(14), TimeSpan.FromDays(15));
            life.History(TicketHistoryAction.StatusChanged, null, nameof(TicketStatus.MenungguTanggapan), nameof(TicketStatus.Selesai),
                OfficerReplies.AutoCloseNote);
        }
    }

    private void Reply(TicketLife life, SeedOfficer officer, ComplaintCase c, ReplyKind kind, bool late, TimeSpan min, TimeSpan max)
    {
        life.OfficerAfter(min, max);
        Reply(life, officer, c, kind, late);
    }

    private void Reply(TicketLife life, SeedOfficer officer, ComplaintCase c, ReplyKind kind, bool late, (TimeSpan Min, TimeSpan Max) wait)
    {
        life.OfficerAfter(wait.Min, wait.Max);
        Reply(life, officer, c, kind, late);
    }

    private void Reply(TicketLife life, SeedOfficer officer, ComplaintCase c, ReplyKind kind, bool late)
    {
        c.Slots.Officer = officer.Name;
        c.Slots.Deadline = SeedFormat.Date(life.Now.AddDays(random.Next(5, 11)), c.English);
        life.Message(MessageType.PublicReply, officer.Id, OfficerReplies.Reply(random, c, kind, life.Now + life.Offset, late));
        life.History(TicketHistoryAction.Replied, officer.Id);
    }

    private static void Note(TicketLife life, SeedOfficer author, string text)
    {
        life.Message(MessageType.InternalNote, author.Id, text);
        life.History(TicketHistoryAction.NoteAdded, author.Id);
    }

    private static void Status(TicketLife life, SeedOfficer actor, TicketStatus from, TicketStatus to) =>
        life.History(TicketHistoryAction.StatusChanged, actor.Id, from.ToString(), to.ToString());

    private static (TimeSpan Min, TimeSpan Max) PickupDelay(TicketPriority priority) => priority switch
    {
        TicketPriority.P1 => (TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(45)),
        TicketPriority.P2 => (TimeSpan.FromMinutes(15), TimeSpan.FromHours(3)),
        TicketPriority.P3 => (TimeSpan.FromMinutes(30), TimeSpan.FromHours(6)),
        _ => (TimeSpan.FromHours(1), TimeSpan.FromHours(10)),
    };

    private static (TimeSpan Min, TimeSpan Max) HandlingTime(TicketPriority priority) => priority switch
    {
        TicketPriority.P1 => (TimeSpan.FromDays(1), TimeSpan.FromDays(4)),
        TicketPriority.P2 => (TimeSpan.FromDays(2), TimeSpan.FromDays(9)),
        TicketPriority.P3 => (TimeSpan.FromDays(3), TimeSpan.FromDays(12)),
        _ => (TimeSpan.FromHours(3), TimeSpan.FromDays(2)),
    };
}
