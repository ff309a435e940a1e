using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskConsole.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskConsole.Tests.Benchmarks;

/// <summary>The real app on Kestrel (loopback), with demo accounts and no demo tickets, for load measurements.</summary>
public sealed class BenchmarkServer : IAsyncDisposable
{
    private BenchmarkServer(HelpdeskAppFactory factory, Uri baseAddress)
    {
        Factory = factory;
        BaseAddress = baseAddress;
    }

    public HelpdeskAppFactory Factory { get; }

    public Uri BaseAddress { get; }

    public static BenchmarkServer Start(Action<HelpdeskAppFactory>? configure = null)
    {
        var factory = new HelpdeskAppFactory()
            .WithSetting("Helpdesk:DemoTicketCount", "0")
            .WithSetting("Intake:AnonymousPerMinute", "10000")
            // Capacity is measured here, not the (separately tested) limiter's ceiling of 1000/s per account.
            .WithSetting("Intake:AuthenticatedPerSecond", "100000")
            .WithSetting("Logging:LogLevel:Default", "Warning");
        configure?.Invoke(factory);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal)).Port;
        return new BenchmarkServer(factory, new Uri($"http://127.0.0.1:{port}"));
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task<string> TokenAsync(string email)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = LoginClient.DemoPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public HubConnection Hub(string token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, "/hubs/tickets"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
