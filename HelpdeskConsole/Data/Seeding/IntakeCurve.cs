namespace HelpdeskConsole.Data.Seeding;

/// <summary>
/// The arrival rate of tickets over a period, hour by hour: growing towards the present (complaints grow every
/// year, and recent weeks are busiest), highest in office hours, with the THR peak before Eid. Sampling maps a number in [0, 1) to a moment, in
/// order, so n stratified draws come out already sorted: ticket numbers then follow creation order.
/// </summary>
internal sealed class IntakeCurve
{
    private readonly DateTime start;
    private readonly DateTime end;
    private readonly double[] cumulative;

    public IntakeCurve(DateTime startUtc, DateTime endUtc, TimeSpan deskOffset)
    {
        start = startUtc;
        end = endUtc;
        var hours = Math.Max(1, (int)Math.Ceiling((endUtc - startUtc).TotalHours));
        cumulative = new double[hours];
        var total = 0.0;
        for (var h = 0; h < hours; h++)
        {
            var at = startUtc.AddHours(h);
            var x = (double)h / hours;
            // Complaints grow year on year, and the last weeks are busier still (the queue a demo opens on).
            var trend = (0.5 + (1.5 * x)) * (1 + (1.5 * Math.Exp(-(endUtc - at).TotalDays / 10)));
            // THR is about 15% of the volume; its seasonal factor applies to that share only.
            var thr = 1 + (0.15 * (SeedCalendar.ThrFactor(at) - 1));
            var weight = SeedCalendar.HourWeight(at + deskOffset) * trend * thr;
            if (h == hours - 1)
            {
                weight *= Math.Clamp((endUtc - at).TotalHours, 0, 1);
            }

            total += weight;
            cumulative[h] = total;
        }
    }

    public DateTime Start => start;

    /// <summary>The moment at which a fraction <paramref name="u"/> of the period's tickets has arrived.</summary>
    public DateTime At(double u)
    {
        var target = Math.Clamp(u, 0, 1) * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        if (index < 0)
        {
            index = ~index;
        }

        index = Math.Min(index, cumulative.Length - 1);
        var before = index == 0 ? 0 : cumulative[index - 1];
        var weight = cumulative[index] - before;
        var within = weight > 0 ? (target - before) / weight : 0;
        var at = start.AddHours(index + within);
        return at > end ? end : at;
    }

    /// <summary>The i-th of n arrivals, drawn within its stratum: increasing in i.</summary>
    public DateTime Stratified(int i, int n, Random random) => At((i + random.NextDouble()) / n);
}
