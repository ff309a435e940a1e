using System.Globalization;

namespace HelpdeskConsole.CannedResponses;

/// <summary>
/// How the picker orders texts for what the officer typed after <c>::</c>: every word typed must appear in the
/// shortcut, title or body; a shortcut match beats a title match beats a body match; texts for the ticket's
/// category and in the reply's language come first; among equals, the most used.
/// </summary>
public static class ResponseSearch
{
    public static IReadOnlyList<PickableResponse> Rank(IEnumerable<PickableResponse> responses, string? query, int? categoryId, string language,
        int max = 8)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var words = (query ?? "").Trim().ToLowerInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var whole = string.Join('-', words);
        return [.. responses
            .Select(r => (Response: r, Score: Score(r, words, whole, categoryId, language)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Response.Uses)
            .ThenBy(x => x.Response.Shortcut.Length)
            .ThenBy(x => x.Response.Title, StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true))
            .Take(max)
            .Select(x => x.Response)];
    }

    private static int Score(PickableResponse r, string[] words, string whole, int? categoryId, string language)
    {
        var score = 1;
        if (words.Length > 0)
        {
            var title = r.Title.ToLowerInvariant();
            var body = r.Body.ToLowerInvariant();
            if (r.Shortcut == whole)
            {
                score += 100;
            }
            else if (r.Shortcut.StartsWith(whole, StringComparison.Ordinal))
            {
                score += 70;
            }

            foreach (var word in words)
            {
                if (r.Shortcut.Split('-').Any(part => part.StartsWith(word, StringComparison.Ordinal)))
                {
                    score += 40;
                }
                else if (r.Shortcut.Contains(word, StringComparison.Ordinal))
                {
                    score += 30;
                }
                else if (title.Split(' ').Any(part => part.StartsWith(word, StringComparison.Ordinal)))
                {
                    score += 25;
                }
                else if (title.Contains(word, StringComparison.Ordinal))
                {
                    score += 15;
                }
                else if (body.Contains(word, StringComparison.Ordinal))
                {
                    score += 5;
                }
                else
                {
                    return 0;
                }
            }
        }

        // The ticket's own category over texts for every category; the reply's language over the other one.
        if (categoryId is not null && r.CategoryId == categoryId)
        {
            score += 20;
        }

        if (r.Language == language)
        {
            score += 30;
        }

        return score;
    }

    /// <summary>
    /// The stages of a good answer for a ticket, each with its suggested texts (the category's own first, then the general
    /// ones, most used first), in the reply's language where there is one.
    /// </summary>
    public static IReadOnlyList<(ResponsePurpose Stage, IReadOnlyList<PickableResponse> Suggestions)> Script(
        IEnumerable<PickableResponse> responses, int? categoryId, string language, int perStage = 3)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var usable = responses.Where(r => r.Language == language && (r.CategoryId is null || r.CategoryId == categoryId)).ToList();
        return [.. ResponsePurposes.Stages.Select(stage => (stage, (IReadOnlyList<PickableResponse>)[.. usable
            .Where(r => r.Purpose == stage)
            .OrderByDescending(r => r.CategoryId is not null)
            .ThenByDescending(r => r.Uses)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .Take(perStage)]))];
    }
}
