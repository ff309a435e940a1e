using System.Globalization;
using HelpdeskConsole.Identity;
using HelpdeskConsole.Intake;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace HelpdeskConsole.Attachments;

/// <summary>
/// Uploads from citizens (API and the public status page's form) and downloads for officers. Downloads are
/// always sent with the type read from the content, <c>nosniff</c> and a sandboxing CSP, and (except image
/// previews) as attachments, so even a file that got past the checks could not run as a page on this origin.
/// </summary>
public static class AttachmentEndpoints
{
    public const string FileField = "file";
    public const string PublicFormPath = "/lapor/attachments";

    /// <summary>Room for the multipart framing and the form's other fields on top of the file itself.</summary>
    private const long FormOverhead = 64 * 1024;

    public static string DownloadPath(long id) => $"/attachments/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string PreviewPath(long id) => $"/attachments/{id.ToString(CultureInfo.InvariantCulture)}/preview";

    public static string PublicFormAction(string trackingCode) => $"{PublicFormPath}?code={Uri.EscapeDataString(trackingCode)}";

    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder endpoints, AttachmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bodyLimit = options.MaxBytes + FormOverhead;

        endpoints.MapPost("/api/complaints/{trackingCode}/attachments", UploadFromApiAsync)
            .WithTags("Complaints")
            .AllowAnonymous()
            // A citizen's app or a partner system posts here without a browser session: there is no cookie to protect.
            .DisableAntiforgery()
            .WithMetadata(new UploadSizeLimit(bodyLimit))
            .WithFormOptions(multipartBodyLengthLimit: bodyLimit)
            // Described rather than declared with Accepts<T>(): that would make routing answer any other body with a
            // 415 from an endpoint without AllowAnonymous, which the fallback policy turns into a misleading 401.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = UploadBody();
                return Task.CompletedTask;
            })
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Attach evidence to a complaint")
            .WithDescription(
                "multipart/form-data with one file in the field 'file': a PNG, JPEG, WEBP or GIF image or a PDF, at most " +
                $"{options.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes (setting Attachments:MaxBytes), and at most " +
                $"{options.MaxPerTicket.ToString(CultureInfo.InvariantCulture)} files per complaint. The type is read from the content, " +
                "not the name. 201 with the stored file's id, cleaned name, type and size; 400 naming 'file' when it is missing, empty, " +
                "too large or of another type; 404 for an unknown tracking code; 409 when the complaint is closed or forwarded, or " +
                "already has the most files allowed; 429 with Retry-After, sharing the limit of filing complaints.");

        endpoints.MapPost(PublicFormPath, UploadFromFormAsync)
            .AllowAnonymous()
            .WithMetadata(new UploadSizeLimit(bodyLimit))
            .WithFormOptions(multipartBodyLengthLimit: bodyLimit)
            .ExcludeFromDescription();

        endpoints.MapGet("/attachments/{id:long}", DownloadAsync)
            .RequireAuthorization()
            .WithTags("Attachments")
            .WithSummary("Download an attachment")
            .WithDescription("For signed-in officers (cookie or bearer token) who may see the ticket; 404 otherwise, whether or not it exists. " +
                "Always sent as a download with the type read from the content.");

        endpoints.MapGet("/attachments/{id:long}/preview", PreviewAsync)
            .RequireAuthorization()
            .WithTags("Attachments")
            .WithSummary("Show an image attachment inline")
            .WithDescription("Raster images only (PNG, JPEG, WEBP, GIF), for img elements in the ticket timeline; 404 for PDFs and for " +
                "attachments the caller may not see.");

        return endpoints;
    }

    private static async Task<Results<Created<AttachmentInfo>, ValidationProblem, ProblemHttpResult, NotFound>> UploadFromApiAsync(
        string trackingCode, HttpContext context, AttachmentService attachments, AttachmentMessages messages, IntakeRateLimiter limiter,
        CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(context) is { } wait)
        {
            var seconds = IntakeRateLimiter.RetryAfterSeconds(wait);
            context.Response.Headers.RetryAfter = seconds;
            return TypedResults.Problem(messages.For(AttachmentProblem.Throttled, retryAfterSeconds: seconds),
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (TrackingCode.Normalize(trackingCode) is null)
        {
            return TypedResults.NotFound();
        }

        var (file, problem, _) = await ReadFileAsync(context.Request, cancellationToken);
        AttachmentResult result;
        if (file is null)
        {
            result = new AttachmentResult(null, problem, messages.For(problem!.Value));
        }
        else
        {
            await using var content = file.OpenReadStream();
            result = await attachments.AddFromCitizenAsync(trackingCode, file.FileName, content, cancellationToken);
        }

        return result switch
        {
            { Attachment: { } stored } => TypedResults.Created((string?)null, stored),
            { Problem: AttachmentProblem.NotFound } => TypedResults.NotFound(),
            { Problem: AttachmentProblem.TicketClosed or AttachmentProblem.TooMany } =>
                TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [FileField] = [result.Message!] },
                title: messages.Refused,
                extensions: new Dictionary<string, object?> { ["code"] = result.Problem!.Value.Code() }),
        };
    }

    /// <summary>
    /// The status page's plain HTML form (works without JavaScript). Always answers with a redirect back to the
    /// status page, which shows the outcome; the tracking code travels in the query so that even a request too
    /// large to read can be sent back to the right page.
    /// </summary>
    private static async Task<IResult> UploadFromFormAsync(
        [Microsoft.AspNetCore.Mvc.FromQuery] string? code, HttpContext context, AttachmentService attachments, IntakeRateLimiter limiter,
        IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (TrackingCode.Normalize(code) is not { } trackingCode)
        {
            return Results.LocalRedirect("/lapor/status");
        }

        // The same limiter as filing a complaint, checked before the body is read, so a flood of uploads
        // is turned away without buffering each one.
        if (limiter.TryAcquire(context) is { } wait)
        {
            return Back(trackingCode, AttachmentProblem.Throttled, IntakeRateLimiter.RetryAfterSeconds(wait));
        }

        var (file, problem, formRead) = await ReadFileAsync(context.Request, cancellationToken);
        if (!formRead)
        {
            // Nothing is changed, so there is no token to check (and an unreadable body cannot carry one).
            return Back(trackingCode, problem!.Value);
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Back(trackingCode, AttachmentProblem.FormExpired);
        }

        if (file is null)
        {
            return Back(trackingCode, problem!.Value);
        }

        await using var content = file.OpenReadStream();
        var result = await attachments.AddFromCitizenAsync(trackingCode, file.FileName, content, cancellationToken);
        return result.Succeeded
            ? Results.LocalRedirect($"/lapor/status?code={trackingCode}&uploaded=1#evidence")
            : Back(trackingCode, result.Problem!.Value);
    }

    private static IResult Back(string trackingCode, AttachmentProblem problem, string? wait = null) =>
        Results.LocalRedirect($"/lapor/status?code={trackingCode}&error={problem.Code()}" +
            (wait is null ? "" : "&wait=" + Uri.EscapeDataString(wait)) + "#evidence");

    /// <summary>
    /// The one file in the field <see cref="FileField"/>, and whether the form could be read at all. The size itself
    /// is checked while storing, on the bytes read; the limits here only stop an oversized body early.
    /// </summary>
    private static async Task<(IFormFile? File, AttachmentProblem? Problem, bool FormRead)> ReadFileAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (null, AttachmentProblem.Missing, false);
        }

        try
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return form.Files.GetFile(FileField) is { } file ? (file, null, true) : (null, AttachmentProblem.Missing, true);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, AttachmentProblem.TooLarge, false);
        }
        catch (InvalidDataException e)
        {
            // The form reader's only way to say "a part passed multipartBodyLengthLimit" is this exception's message.
            return (null, e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? AttachmentProblem.TooLarge : AttachmentProblem.Missing,
                false);
        }
    }

    private static async Task<IResult> DownloadAsync(long id, HttpContext context, ViewerResolver viewers, AttachmentService attachments,
        AttachmentMessages messages, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(id, context, viewers, attachments, cancellationToken);
        if (opened.Download is not { } download)
        {
            return Unavailable(opened, messages);
        }

        SetSafeHeaders(context.Response);
        return TypedResults.File(download.Content, download.ContentType, download.FileName);
    }

    private static async Task<IResult> PreviewAsync(long id, HttpContext context, ViewerResolver viewers, AttachmentService attachments,
        AttachmentMessages messages, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(id, context, viewers, attachments, cancellationToken);
        if (opened.Download is not { } download)
        {
            return Unavailable(opened, messages);
        }

        if (!download.IsImage)
        {
            // Only images a browser merely draws are shown inline; a PDF is always a download.
            await download.Content.DisposeAsync();
            return TypedResults.NotFound();
        }

        SetSafeHeaders(context.Response);
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(download.FileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(download.Content, download.ContentType);
    }

    private static async Task<AttachmentOpenResult> OpenAsync(long id, HttpContext context, ViewerResolver viewers, AttachmentService attachments,
        CancellationToken cancellationToken) =>
        await viewers.ResolveAsync(context.User, cancellationToken) is { } viewer
            ? await attachments.OpenAsync(viewer, id, cancellationToken)
            : new AttachmentOpenResult(AttachmentOpenStatus.NotFound, null);

    private static IResult Unavailable(AttachmentOpenResult opened, AttachmentMessages messages) =>
        opened.Status == AttachmentOpenStatus.Damaged
            ? TypedResults.Problem(messages.Damaged, statusCode: StatusCodes.Status500InternalServerError)
            : TypedResults.NotFound();

    private static void SetSafeHeaders(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        // Opened directly as a page, the file gets no script, no plugins, no origin and may load nothing.
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        response.Headers.CacheControl = "private, no-store";
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
    }

    /// <summary>The upload's body in the OpenAPI document: multipart/form-data with one binary field, <c>file</c>.</summary>
    private static OpenApiRequestBody UploadBody() => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { FileField },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [FileField] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String,
                            Format = "binary",
                            Description = "The evidence: a PNG, JPEG, WEBP or GIF image, or a PDF.",
                        },
                    },
                },
            },
        },
    };

    private sealed class UploadSizeLimit(long maxBytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => maxBytes;
    }
}

