namespace HelpdeskConsole.Tests.TestSupport;

/// <summary>One running app (Development, demo data) shared by the tests of a class.</summary>
public sealed class HelpdeskAppFactoryFixture : IAsyncLifetime
{
    public HelpdeskAppFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        // Starting the host runs migrations and seeding once, before the first test.
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
