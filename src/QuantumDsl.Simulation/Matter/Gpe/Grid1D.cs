namespace QuantumDsl.Simulation.Matter.Gpe;

/// <summary>A periodic 1D grid of <see cref="Count"/> points x_i = −L/2 + i·dx (µm) and its FFT wave numbers (1/µm).</summary>
public sealed class Grid1D
{
    /// <summary>Creates a grid of <paramref name="count"/> points (a power of two) spanning <paramref name="lengthUm"/>.</summary>
    public Grid1D(int count = 1024, double lengthUm = 204.8)
    {
        if (count < 8 || (count & (count - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(count), count, "The grid size must be a power of two, at least 8.");
        if (!(lengthUm > 0)) throw new ArgumentOutOfRangeException(nameof(lengthUm), lengthUm, "The grid length must be positive.");
        Count = count;
        Length = lengthUm;
        Dx = lengthUm / count;
        X = new double[count];
        K = new double[count];
        for (var i = 0; i < count; i++)
        {
            X[i] = -lengthUm / 2 + i * Dx;
            var m = i < count / 2 ? i : i - count;
            K[i] = 2 * Math.PI * m / lengthUm;
        }
    }

    /// <summary>Number of points.</summary>
    public int Count { get; }

    /// <summary>Length L (µm).</summary>
    public double Length { get; }

    /// <summary>Spacing dx (µm).</summary>
    public double Dx { get; }

    /// <summary>Positions (µm).</summary>
    public double[] X { get; }

    /// <summary>Wave numbers in FFT order (1/µm).</summary>
    public double[] K { get; }
}
