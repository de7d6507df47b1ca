namespace QuantumDsl.Simulation.Matter.Inputs;

/// <summary>How a shot is imaged.</summary>
public enum ImagingMode
{
    /// <summary>Absorption image after ballistic expansion (100×100 pixels, 4.4 µm).</summary>
    TimeOfFlight,
    /// <summary>Absorption image in the trap (148×503 pixels, 0.344 µm).</summary>
    InTrap,
}
