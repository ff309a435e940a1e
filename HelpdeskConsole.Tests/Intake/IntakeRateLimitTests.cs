using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Intake;

/// <summary>Real sockets on Kestrel, so each client has its own loopback address as a flooder would.</summary>
public sealed class IntakeRateLimitTests : IAsyncLifetime
{
    private const int Limit = 5;
    private readonly HelpdeskAppFactory factory = new HelpdeskAppFactory()
        .WithSetting("Helpdesk:SeedDemoData", "false")
        .WithSetting("Intake:AnonymousPerMinute", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    private Uri baseAddress = default!;

    public Task InitializeAsync()
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Any, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        baseAddress = new Uri(new Uri(address).GetLeftPart(UriPartial.Scheme) + "127.0.0.1:" + new Uri(address).Port);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private HttpClient ClientFrom(string localAddress) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    }) { BaseAddress = baseAddress };

    [Fact]
    public async Task Post_OneAnonymousClientFlooding_Gets429WithRetryAfter_OthersUnaffected()
    {
        using var flooder = ClientFrom("127.0.0.2");
        using var neighbour = ClientFrom("127.0.0.3");

        for (var i = 0; i < Limit; i++)
        {
            var accepted = await flooder.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", $"Banjir {i}", "anonim"));
            Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        }

        var refused = await flooder.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Satu lagi", "anonim"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 must say when to retry");

        var other = await neighbour.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", "Dari klien lain", "anonim"));
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);

        await using var db = factory.CreateDbContext();
        Assert.Equal(Limit + 1, await db.Tickets.CountAsync());
        Assert.False(await db.Tickets.AnyAsync(t => t.Subject == "Satu lagi"));
    }

    [Fact]
    public async Task PublicForm_SharesTheLimitWithTheApi()
    {
        using var flooder = ClientFrom("127.0.0.4");
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.Created,
                (await flooder.PostAsJsonAsync("/api/complaints", ApiClient.Complaint("UPAH", $"Lewat API {i}", "anonim"))).StatusCode);
        }

        var page = await flooder.GetStringAsync("/lapor");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = await flooder.PostAsync("/lapor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "report",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Kind"] = "pengaduan",
            ["Input.CategoryCode"] = "UPAH",
            ["Input.Subject"] = "Lewat formulir",
            ["Input.Body"] = "Isi laporan",
            ["Input.IdentityMode"] = "anonim",
        }));

        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.Contains("id=\"report-throttled\"", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
