using HelpdeskConsole.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Tests.Data;

public sealed class HelpdeskOptionsTests
{
    [Fact]
    public async Task Startup_MissingDataDirectory_StopsNamingPathAndSetting()
    {
        var missing = Path.Combine(Path.GetTempPath(), "helpdesk-missing-" + Guid.NewGuid().ToString("N"));
        await using var factory = new HelpdeskAppFactory().WithSetting("Helpdesk:DataDirectory", missing);

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        var message = Innermost<OptionsValidationException>(error).Message;
        Assert.Contains(missing, message, StringComparison.Ordinal);
        Assert.Contains("Helpdesk:DataDirectory", message, StringComparison.Ordinal);
        Assert.Contains("Helpdesk__DataDirectory", message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Startup_DataDirectoryIsAFile_StopsNamingPathAndSetting()
    {
        var file = Path.GetTempFileName();
        try
        {
            await using var factory = new HelpdeskAppFactory().WithSetting("Helpdesk:DataDirectory", file);

            var error = Assert.ThrowsAny<Exception>(() => factory.Server);

            var message = Innermost<OptionsValidationException>(error).Message;
            Assert.Contains(file, message, StringComparison.Ordinal);
            Assert.Contains("Helpdesk:DataDirectory", message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Startup_DemoTicketCountOutOfRange_StopsWithTheFix()
    {
        await using var factory = new HelpdeskAppFactory().WithSetting("Helpdesk:DemoTicketCount", "-5");

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("from 0 to 100000", Innermost<OptionsValidationException>(error).Message, StringComparison.Ordinal);
    }

    private static T Innermost<T>(Exception error) where T : Exception
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.OfType<T>().FirstOrDefault() is { } inner)
            {
                return inner;
            }
        }

        throw new Xunit.Sdk.XunitException($"Expected a {typeof(T).Name}, got: {error}");
    }
}
