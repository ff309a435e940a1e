using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace HelpdeskConsole.Intake;

public static class IntakeEndpoints
{
    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/complaints").WithTags("Complaints").AllowAnonymous();

        group.MapPost("/", async Task<Results<Created<ComplaintReceipt>, ValidationProblem, ProblemHttpResult>> (
            NewComplaint complaint, HttpContext context, TicketIntakeService intake, IntakeRateLimiter limiter,
            IStringLocalizer<IntakeStrings> l, CancellationToken cancellationToken) =>
        {
            if (limiter.TryAcquire(context) is { } wait)
            {
                var seconds = IntakeRateLimiter.RetryAfterSeconds(wait);
                context.Response.Headers.RetryAfter = seconds;
                return TypedResults.Problem(l["Error_TooManyRequests", seconds], statusCode: StatusCodes.Status429TooManyRequests);
            }

            var officerId = context.User.Identity?.IsAuthenticated == true
                ? context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
                : null;
            var result = await intake.SubmitAsync(complaint, officerId, cancellationToken);
            if (result.Receipt is not { } receipt)
            {
                return TypedResults.ValidationProblem(result.Errors, title: l["Error_Title"]);
            }

            return TypedResults.Created($"/api/complaints/{receipt.TrackingCode}", receipt);
        })
        .WithSummary("File a complaint")
        .WithDescription("Stores the complaint, routes it to the team that owns its category and answers 201 only after it is committed. " +
            "Wire values: kind pengaduan|informasi|konsultasi|aspirasi|wbs; identityMode terbuka|anonim|rahasia (default terbuka); " +
            "channel web|telepon|loket|email|whatsapp|lapor|media_sosial (default web). Anonymous and confidential complaints may omit name and NIK.")
        .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/{trackingCode}", async Task<Results<Ok<ComplaintStatus>, NotFound>> (
            string trackingCode, TicketIntakeService intake, CancellationToken cancellationToken) =>
            await intake.FindStatusAsync(trackingCode, cancellationToken) is { } status
                ? TypedResults.Ok(status)
                : TypedResults.NotFound())
        .WithSummary("Follow a complaint by its tracking code")
        .WithDescription("Status, category and dates only: nothing personal.");

        group.MapPost("/{trackingCode}/messages", async Task<Results<Created<CitizenMessageReceipt>, ValidationProblem, NotFound, ProblemHttpResult>> (
            string trackingCode, CitizenMessage message, HttpContext context, CitizenReplyService replies, IntakeRateLimiter limiter,
            IStringLocalizer<IntakeStrings> l, CancellationToken cancellationToken) =>
        {
            if (limiter.TryAcquire(context) is { } wait)
            {
                var seconds = IntakeRateLimiter.RetryAfterSeconds(wait);
                context.Response.Headers.RetryAfter = seconds;
                return TypedResults.Problem(l["Error_TooManyRequests", seconds], statusCode: StatusCodes.Status429TooManyRequests);
            }

            var result = await replies.AddAsync(trackingCode, message.Body, cancellationToken);
            if (!result.Found)
            {
                return TypedResults.NotFound();
            }

            return result.At is { } at
                ? TypedResults.Created($"/api/complaints/{TrackingCode.Normalize(trackingCode)}", new CitizenMessageReceipt(at))
                : TypedResults.ValidationProblem(result.Errors, title: l["Error_Title"]);
        })
        .WithSummary("Add the citizen's reply to a complaint")
        .WithDescription("The message lands in the officers' timeline live; a complaint waiting on the citizen goes back to processing. " +
            "Refused (400) once the complaint is closed.")
        .ProducesProblem(StatusCodes.Status429TooManyRequests);

        return endpoints;
    }
}

public sealed record CitizenMessage(string? Body);

public sealed record CitizenMessageReceipt(DateTime CreatedAt);
