using System.Globalization;
using HelpdeskConsole.Data.Seeding;
using HelpdeskConsole.Identity;

namespace HelpdeskConsole.Data;

/// <summary>
/// Maintenance commands run instead of the web server:
/// <c>seed --tickets N</c> fills the database with synthetic tickets for load tests;
/// <c>admin create --email E --name "N"</c> creates an admin (password from HELPDESK_ADMIN_PASSWORD or a prompt).
/// </summary>
public static class ConsoleCommands
{
    private static readonly string[] Verbs = ["seed", "admin"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>
    /// The arguments the web host should see: a command's own words are not configuration, and the bare
    /// <c>--simulate</c> switch becomes the setting it stands for.
    /// </summary>
    public static string[] HostArgs(string[] args) =>
        IsCommand(args) ? [] : [.. args.Select(a => a == "--simulate" ? "--Intake:Simulate=true" : a)];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (args)
        {
            case ["seed", ..]:
            {
                var count = IntOption(args, "--tickets") ?? 1000;
                if (count <= 0)
                {
                    await Console.Error.WriteLineAsync("--tickets must be a positive number, for example: seed --tickets 1000000");
                    return 2;
                }

                var seeder = services.GetRequiredService<BulkTicketSeeder>();
                var started = TimeProvider.System.GetTimestamp();
                var added = await seeder.SeedAsync(count, IntOption(args, "--seed") ?? 1, progress: Console.Out);
                var elapsed = TimeProvider.System.GetElapsedTime(started);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Added {added:N0} tickets in {elapsed.TotalSeconds:N1} s ({added / Math.Max(elapsed.TotalSeconds, 0.001):N0}/s)."));
                return 0;
            }

            case ["admin", "create", ..]:
            {
                var email = StringOption(args, "--email");
                var name = StringOption(args, "--name");
                if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(name))
                {
                    await Console.Error.WriteLineAsync("Usage: admin create --email admin@example.go.id --name \"Full Name\" (password from HELPDESK_ADMIN_PASSWORD, or typed at the prompt)");
                    return 2;
                }

                var password = Environment.GetEnvironmentVariable("HELPDESK_ADMIN_PASSWORD") ?? ReadPassword();
                var result = await services.GetRequiredService<AccountBootstrapper>().CreateAdminAsync(email, name, password);
                if (!result.Succeeded)
                {
                    await Console.Error.WriteLineAsync("The admin was not created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
                    return 1;
                }

                Console.WriteLine($"Admin {email} created. Log in at /account/login.");
                return 0;
            }

            default:
                await Console.Error.WriteLineAsync("Unknown command. Use: seed --tickets N [--seed S] | admin create --email E --name \"N\"");
                return 2;
        }
    }

    private static string? StringOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int? IntOption(string[] args, string name) =>
        int.TryParse(StringOption(args, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string ReadPassword()
    {
        Console.Write("Password for the new admin (at least 10 characters, with upper and lower case and a digit): ");
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }

        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
