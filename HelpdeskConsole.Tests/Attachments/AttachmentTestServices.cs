using HelpdeskConsole.Attachments;
using HelpdeskConsole.Data;
using HelpdeskConsole.Intake;
using HelpdeskConsole.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Tests.Attachments;

/// <summary>The real attachment, intake and access services on a given data directory, for service and component tests.</summary>
internal static class AttachmentTestServices
{
    public static IServiceCollection AddAttachmentTestServices(this IServiceCollection services, string dataDirectory, AttachmentOptions? options = null)
    {
        services.AddSingleton(Options.Create(new HelpdeskOptions { ResolvedDataDirectory = dataDirectory }));
        services.AddSingleton(Options.Create(options ?? new AttachmentOptions()));
        services.AddSingleton(Options.Create(new IntakeOptions()));
        services.AddSingleton<WriteGate>();
        services.AddSingleton<HelpdeskConsole.Escalation.SlaRulesProvider>();
        services.AddSingleton<HelpdeskConsole.Escalation.SlaClock>();
        services.AddSingleton<TicketAccess>();
        services.AddSingleton<ComplaintValidator>();
        services.AddSingleton<TicketIntakeService>();
        services.AddAttachmentServices();
        return services;
    }

    public static async Task<ComplaintReceipt> FileComplaintAsync(this IServiceProvider services, string categoryCode, string identityMode = "anonim")
    {
        var result = await services.GetRequiredService<TicketIntakeService>().SubmitAsync(new NewComplaint
        {
            Kind = "pengaduan",
            CategoryCode = categoryCode,
            Subject = "Upah dipotong tanpa alasan",
            Body = "Upah bulan ini dipotong, slip gaji terlampir.",
            IdentityMode = identityMode,
        });
        return result.Receipt ?? throw new InvalidOperationException(string.Join("; ", result.Errors.SelectMany(e => e.Value)));
    }
}
