namespace QuantumDsl.Analog;

/// <summary>
/// Schedules a bound sequence as Pulser's protocols do (ignoring modulation buffers and phase-jump delays):
/// <c>no-delay</c> starts when the channel is free, <c>min-delay</c> also waits for the other channels' pulses on the
/// same atoms, <c>wait-for-all</c> for every other channel's pulses (delays do not hold a pulse back);
/// <c>align</c> synchronises channels (delays included); a retarget of a local channel takes
/// <c>max(fixed_retarget_t, min_retarget_interval − time since the previous target ended)</c>.
/// </summary>
internal static class SequenceTimeline
{
    public static long TotalNs(AnalogSequence sequence, IReadOnlyDictionary<string, double> values)
    {
        var ends = sequence.Channels.ToDictionary(c => c.Name, _ => 0L);
        var everyone = Enumerable.Range(0, sequence.Register.Count).ToHashSet();
        var targets = sequence.Channels.ToDictionary(c => c.Name, c => c.Channel.IsLocal ? [] : everyone);
        var lastTargetEnd = new Dictionary<string, long>();
        var pulses = new List<(string Channel, long End, HashSet<int> Atoms)>();
        foreach (var op in sequence.Operations)
        {
            switch (op)
            {
                case PulseOperation pulse when ends.ContainsKey(pulse.Channel):
                    var start = ends[pulse.Channel];
                    if (pulse.Protocol != Protocol.NoDelay)
                    {
                        var mine = targets[pulse.Channel];
                        foreach (var other in pulses.Where(p => p.Channel != pulse.Channel && (pulse.Protocol == Protocol.WaitForAll || p.Atoms.Overlaps(mine))))
                        {
                            start = Math.Max(start, other.End);
                        }
                    }

                    ends[pulse.Channel] = start + Whole(SequenceChecks.PulseDuration(pulse.Pulse, values));
                    pulses.Add((pulse.Channel, ends[pulse.Channel], targets[pulse.Channel]));
                    break;
                case DelayOperation delay when ends.ContainsKey(delay.Channel):
                    ends[delay.Channel] += Whole(delay.DurationNs.Evaluate(values));
                    break;
                case AlignOperation align:
                    var aligned = align.Channels.Where(ends.ContainsKey).ToList();
                    var end = aligned.Count > 0 ? aligned.Max(c => ends[c]) : 0;
                    aligned.ForEach(c => ends[c] = end);
                    break;
                case TargetOperation target when ends.ContainsKey(target.Channel):
                    var channel = sequence.FindChannel(target.Channel)!.Channel;
                    var atoms = target.AtomIds.Select(sequence.Register.IndexOf).Where(i => i >= 0).ToHashSet();
                    if (lastTargetEnd.TryGetValue(target.Channel, out var previous) && !targets[target.Channel].SetEquals(atoms))
                    {
                        var sincePrevious = ends[target.Channel] - previous;
                        ends[target.Channel] += Math.Max(channel.FixedRetargetNs, channel.MinRetargetIntervalNs - sincePrevious);
                    }

                    targets[target.Channel] = atoms;
                    lastTargetEnd[target.Channel] = ends[target.Channel];
                    break;
            }
        }

        return ends.Count == 0 ? 0 : ends.Values.Max();
    }

    private static long Whole(double ns) => double.IsFinite(ns) && ns > 0 ? (long)Math.Round(ns, MidpointRounding.ToEven) : 0;
}
