using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace HelpdeskConsole.Tests.TestSupport;

/// <summary>Bearer tokens, complaint posts and real SignalR connections against the test server.</summary>
public static class ApiClient
{
    public static async Task<string> TokenAsync(HelpdeskAppFactory factory, string email, string password = LoginClient.DemoPassword)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    public static HttpClient WithToken(HelpdeskAppFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static object Complaint(string categoryCode, string subject, string identityMode = "terbuka") => new
    {
        kind = "pengaduan",
        categoryCode,
        subject,
        body = "Gaji bulan lalu belum dibayar sampai sekarang, mohon dibantu.",
        identityMode,
        name = "Budi Santoso",
        nik = "3171011505900001",
        phone = "081234567890",
        email = "budi.santoso@contoh.id",
    };

    /// <summary>A real HubConnection to the test server (long polling over the in-memory handler), with a bearer token.</summary>
    public static HubConnection Hub(TestServer server, string? token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/tickets"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                if (token is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                }
            })
            .Build();
}
