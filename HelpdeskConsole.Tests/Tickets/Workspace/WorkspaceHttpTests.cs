using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskConsole.Tests.Realtime;
using HelpdeskConsole.Tests.TestSupport;
using HelpdeskConsole.Tickets;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskConsole.Tests.Tickets.Workspace;

/// <summary>The workspace through HTTP: prerendered pages and the citizens' reply API, against the real app.</summary>
public sealed class WorkspaceHttpTests(TicketHubFixture fixture) : IClassFixture<TicketHubFixture>
{
    private HelpdeskAppFactory Factory => fixture.Factory;

    private async Task<JsonElement> FileAsync(string categoryCode, string subject)
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/api/complaints", ApiClient.Complaint(categoryCode, subject));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task WorkspaceUrl_OwnTeam_PrerendersTheTicket()
    {
        var filed = await FileAsync("THR", "THR dipotong tanpa alasan");
        var (client, _) = await LoginClient.LoginAsync(Factory, "officer@helpdesk.test");

        var html = await client.GetStringAsync($"/tickets/{filed.GetProperty("id").GetInt32()}");

        Assert.Contains("THR dipotong tanpa alasan", html, StringComparison.Ordinal);
        Assert.Contains(filed.GetProperty("number").GetString()!, html, StringComparison.Ordinal);
        Assert.DoesNotContain("3171011505900001", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkspaceUrl_OtherTeam_ShowsNoAccessAndNoTicketData()
    {
        var filed = await FileAsync("THR", "Rahasia tim pengupahan");
        var (client, _) = await LoginClient.LoginAsync(Factory, "officer.phk@helpdesk.test");

        var html = await client.GetStringAsync($"/tickets/{filed.GetProperty("id").GetInt32()}");

        Assert.Contains("workspace-no-access", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahasia tim pengupahan", html, StringComparison.Ordinal);
        Assert.DoesNotContain(filed.GetProperty("number").GetString()!, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Budi Santoso", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkspaceUrl_ConfidentialReport_OnlyTheLeadSeesIt()
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Atasan meminta pungutan liar", "rahasia"));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var (officer, _) = await LoginClient.LoginAsync(Factory, "officer@helpdesk.test");
        var (lead, _) = await LoginClient.LoginAsync(Factory, "lead@helpdesk.test");

        var officerHtml = await officer.GetStringAsync($"/tickets/{id}");
        var leadHtml = await lead.GetStringAsync($"/tickets/{id}");

        Assert.Contains("workspace-no-access", officerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Atasan meminta pungutan liar", officerHtml, StringComparison.Ordinal);
        Assert.Contains("Atasan meminta pungutan liar", leadHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitizenReply_WhileWaitingOnCitizen_LandsInTimelineAndResumesProcessing()
    {
        var filed = await FileAsync("UPAH", "Upah tidak sesuai UMK");
        var id = filed.GetProperty("id").GetInt32();
        await using (var db = Factory.CreateDbContext())
        {
            await db.Tickets.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.PerluKelengkapan));
        }

        var response = await Factory.CreateClient().PostAsJsonAsync(
            $"/api/complaints/{filed.GetProperty("trackingCode").GetString()}/messages", new { body = "Ini slip gaji saya bulan lalu." });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var check = Factory.CreateDbContext();
        var ticket = await check.Tickets.Include(t => t.Messages).Include(t => t.History).SingleAsync(t => t.Id == id);
        Assert.Equal(TicketStatus.Diproses, ticket.Status);
        Assert.Contains(ticket.Messages, m => m.Type == MessageType.CitizenMessage && m.Body == "Ini slip gaji saya bulan lalu.");
        Assert.Contains(ticket.History, h => h.Action == TicketHistoryAction.StatusChanged && h.FromValue == "PerluKelengkapan" && h.ToValue == "Diproses");
    }

    [Fact]
    public async Task CitizenReply_ClosedOrUnknownOrEmpty_IsRefused()
    {
        var filed = await FileAsync("UPAH", "Sudah selesai");
        var code = filed.GetProperty("trackingCode").GetString()!;
        var client = Factory.CreateClient();

        var empty = await client.PostAsJsonAsync($"/api/complaints/{code}/messages", new { body = " " });
        await using (var db = Factory.CreateDbContext())
        {
            await db.Tickets.Where(t => t.TrackingCode == code).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.Selesai));
        }

        var closed = await client.PostAsJsonAsync($"/api/complaints/{code}/messages", new { body = "Masih belum dibayar" });
        var unknown = await client.PostAsJsonAsync("/api/complaints/ZZZZZZZZZZ/messages", new { body = "Halo" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode);
        Assert.Contains("ditutup", await closed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
