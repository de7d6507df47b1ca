namespace QuantumDsl.Client;

/// <summary>Counts of a running sweep.</summary>
internal sealed class Tally(int total)
{
    private int _submitted;
    private int _completed;
    private int _failed;

    public SweepProgress Now => new(total, _submitted, _completed, _failed);

    public SweepProgress Submit(int points)
    {
        _submitted += points;
        return Now;
    }

    public SweepProgress Complete()
    {
        _completed++;
        ClientTelemetry.PointsCompleted.Add(1);
        return Now;
    }

    public SweepProgress Fail()
    {
        _failed++;
        return Now;
    }
}
