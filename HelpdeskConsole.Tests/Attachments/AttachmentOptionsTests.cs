using HelpdeskConsole.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Tests.Attachments;

public sealed class AttachmentOptionsTests
{
    [Theory]
    [InlineData("Attachments:MaxBytes", "0", "MaxBytes")]
    [InlineData("Attachments:MaxPerTicket", "0", "MaxPerTicket")]
    public async Task Startup_SettingOutOfRange_StopsNamingIt(string key, string value, string name)
    {
        await using var factory = new HelpdeskAppFactory().WithSetting("Helpdesk:SeedDemoData", "false").WithSetting(key, value);

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is OptionsValidationException validation)
            {
                Assert.Contains("Attachments:" + name, validation.Message, StringComparison.Ordinal);
                return;
            }
        }

        Assert.Fail("Expected an OptionsValidationException, got " + error);
    }
}
