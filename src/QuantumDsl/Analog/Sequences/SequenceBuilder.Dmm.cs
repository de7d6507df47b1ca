namespace QuantumDsl.Analog;

/// <summary>Detuning maps on the device's DMMs (Pulser's <c>config_detuning_map</c>, <c>add_dmm_detuning</c>).</summary>
public sealed partial class SequenceBuilder
{
    /// <summary>
    /// Configures the device's DMM <paramref name="dmmId"/> on a detuning map of weighted traps (positions in µm). Its
    /// channel is named <paramref name="dmmId"/> (then <c>dmmId_1</c>, … when configured again); a qubit gets the DMM's
    /// detuning times the summed weight of the traps at its position.
    /// </summary>
    /// <param name="dmmId">The device's DMM id (<c>dmm_0</c> on DigitalAnalogDevice, WeightedAnalogDevice, MockDevice).</param>
    /// <param name="traps">The weighted traps (weights in [0, 1]).</param>
    public SequenceBuilder ConfigDetuningMap(string dmmId, params WeightedTrap[] traps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dmmId);
        ArgumentNullException.ThrowIfNull(traps);
        _operations.Add(new ConfigDetuningMapOperation(dmmId, traps));
        return this;
    }

    /// <summary>
    /// Configures the DMM <paramref name="dmmId"/> on <paramref name="map"/> (for example a layout's
    /// <see cref="RegisterLayout.DefineDetuningMap"/>), keeping its slug.
    /// </summary>
    /// <param name="dmmId">The device's DMM id.</param>
    /// <param name="map">The detuning map.</param>
    public SequenceBuilder ConfigDetuningMap(string dmmId, DetuningMap map)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dmmId);
        ArgumentNullException.ThrowIfNull(map);
        _operations.Add(new ConfigDetuningMapOperation(dmmId, map.Traps, map.Slug));
        return this;
    }

    /// <summary>
    /// Configures the DMM <paramref name="dmmId"/> on a detuning map over the register: each atom id of
    /// <paramref name="weights"/> becomes a trap at the atom's position with its weight (call <see cref="Register(Register)"/> first).
    /// </summary>
    /// <param name="dmmId">The device's DMM id.</param>
    /// <param name="weights">Weight per atom id, in [0, 1].</param>
    /// <exception cref="ArgumentException">No register yet, or an id that is not an atom of the register.</exception>
    public SequenceBuilder ConfigDetuningMap(string dmmId, IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var register = _registers.Count > 0 ? _registers[^1] : throw new ArgumentException("Call Register before ConfigDetuningMap with atom ids.", nameof(weights));
        var traps = weights.Select(kv => register.Atoms.FirstOrDefault(a => a.Id == kv.Key) is { } atom
            ? new WeightedTrap(atom.X, atom.Y, kv.Value)
            : throw new ArgumentException($"'{kv.Key}' is not an atom of the register ({string.Join(", ", register.Atoms.Select(a => a.Id))}).", nameof(weights)));
        return ConfigDetuningMap(dmmId, traps.ToArray());
    }

    /// <summary>Adds the detuning waveform <paramref name="detuning"/> (never positive) on the configured DMM <paramref name="dmmName"/>.</summary>
    /// <param name="detuning">The detuning (rad/µs), at most 0 and above the DMM's bottom detuning over the weights.</param>
    /// <param name="dmmName">The DMM channel's name (the id given to <see cref="ConfigDetuningMap(string, WeightedTrap[])"/>).</param>
    /// <param name="protocol">How it is scheduled against the other channels.</param>
    public SequenceBuilder AddDmmDetuning(Waveform detuning, string dmmName, Protocol protocol = Protocol.MinDelay)
    {
        ArgumentNullException.ThrowIfNull(detuning);
        ArgumentException.ThrowIfNullOrWhiteSpace(dmmName);
        _operations.Add(new DmmDetuningOperation(dmmName, detuning, protocol));
        return this;
    }

    /// <summary>
    /// Adds a constant detuning <paramref name="detuning"/> for <paramref name="durationNs"/> on the configured DMM
    /// <paramref name="dmmName"/> (a <see cref="Waveform.Constant"/>). A constant detuning is checked at compile time
    /// against the device's DMM range at weight 1 (never positive, not below <c>bottom_detuning</c>).
    /// </summary>
    /// <param name="durationNs">Duration (ns).</param>
    /// <param name="detuning">The detuning (rad/µs), at most 0.</param>
    /// <param name="dmmName">The DMM channel's name.</param>
    /// <param name="protocol">How it is scheduled against the other channels.</param>
    public SequenceBuilder AddDmmDetuning(
        [DeviceLimit(DeviceQuantity.DurationNs)] Expr durationNs,
        [DeviceLimit(DeviceQuantity.DmmDetuning)] Expr detuning,
        string dmmName,
        Protocol protocol = Protocol.MinDelay) =>
        AddDmmDetuning(Waveform.Constant(durationNs, detuning), dmmName, protocol);

    /// <summary>
    /// Masks <paramref name="atomIds"/> with the SLM (Pulser's <c>config_slm_mask</c>): in an Ising sequence the DMM
    /// <paramref name="dmmId"/> gets weight 1 on them and plays −10 × the first global pulse's maximum amplitude (within
    /// the DMM's bottom detunings) until that pulse ends, so the masked atoms stay out of resonance. Configure it before
    /// the first pulse of a global channel.
    /// </summary>
    /// <param name="atomIds">The masked atom ids.</param>
    /// <param name="dmmId">The device's DMM implementing the mask.</param>
    public SequenceBuilder SlmMask(IReadOnlyList<string> atomIds, string dmmId = "dmm_0")
    {
        ArgumentNullException.ThrowIfNull(atomIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(dmmId);
        _operations.Add(new SlmMaskOperation(atomIds, dmmId));
        return this;
    }
}
