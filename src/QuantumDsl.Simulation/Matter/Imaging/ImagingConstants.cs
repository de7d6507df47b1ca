namespace QuantumDsl.Simulation.Matter.Imaging;

/// <summary>Image sizes and calibrations of the Oqtant cameras (oqtant.md §2).</summary>
public static class ImagingConstants
{
    /// <summary>Time-of-flight image rows and columns.</summary>
    public const int TofSize = 100;
    /// <summary>Time-of-flight pixel size (µm).</summary>
    public const double TofPixelUm = 4.4;
    /// <summary>In-trap image rows.</summary>
    public const int InTrapRows = 148;
    /// <summary>In-trap image columns.</summary>
    public const int InTrapColumns = 503;
    /// <summary>In-trap pixel size (µm).</summary>
    public const double InTrapPixelUm = 0.344;
    /// <summary>MOT fluorescence image rows.</summary>
    public const int MotRows = 352;
    /// <summary>MOT fluorescence image columns.</summary>
    public const int MotColumns = 217;
}
