using System.Globalization;

namespace QuantumDsl.Analog;

/// <summary>
/// A number in a sequence: a constant, a <see cref="Variable"/>, or arithmetic on them (Pulser's parametrized numbers).
/// Doubles and ints convert implicitly, so every DSL parameter typed <see cref="Expr"/> accepts <c>1000</c>,
/// <c>v.OmegaMax</c> and <c>v.OmegaMax * 2</c>. Written as Pulser expression objects
/// (<c>{"expression": "mul", "lhs": ..., "rhs": ...}</c>); evaluated against bound variable values.
/// </summary>
public abstract class Expr
{
    private protected Expr()
    {
    }

    /// <summary>Whether the value is known without binding variables.</summary>
    public abstract bool IsConstant { get; }

    /// <summary>The names of the variables this expression reads.</summary>
    public IReadOnlySet<string> VariableNames
    {
        get
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            CollectVariables(names);
            return names;
        }
    }

    /// <summary>A constant expression.</summary>
    public static implicit operator Expr(double value) => new ConstantExpr(value);

    /// <summary>A constant expression.</summary>
    public static implicit operator Expr(int value) => new ConstantExpr(value);

    /// <summary>Creates a constant expression (same as the implicit conversion).</summary>
    public static Expr Constant(double value) => new ConstantExpr(value);

    /// <summary>Sum (Pulser <c>add</c>).</summary>
    public static Expr operator +(Expr left, Expr right) => BinaryExpr.Create(BinaryOperator.Add, left, right);

    /// <summary>Difference (Pulser <c>sub</c>).</summary>
    public static Expr operator -(Expr left, Expr right) => BinaryExpr.Create(BinaryOperator.Subtract, left, right);

    /// <summary>Product (Pulser <c>mul</c>).</summary>
    public static Expr operator *(Expr left, Expr right) => BinaryExpr.Create(BinaryOperator.Multiply, left, right);

    /// <summary>Quotient (Pulser <c>div</c>).</summary>
    public static Expr operator /(Expr left, Expr right) => BinaryExpr.Create(BinaryOperator.Divide, left, right);

    /// <summary>Floored modulo, with the sign of the divisor as in Python (Pulser <c>mod</c>).</summary>
    public static Expr operator %(Expr left, Expr right) => BinaryExpr.Create(BinaryOperator.Modulo, left, right);

    /// <summary>Negation (Pulser <c>neg</c>).</summary>
    public static Expr operator -(Expr operand) => UnaryExpr.Create(UnaryOperator.Negate, operand);

    /// <summary>Identity.</summary>
    public static Expr operator +(Expr operand) => operand;

    /// <summary><paramref name="x"/> raised to <paramref name="power"/> (Pulser <c>pow</c>).</summary>
    public static Expr Pow(Expr x, Expr power) => BinaryExpr.Create(BinaryOperator.Power, x, power);

    /// <summary>|x| (Pulser <c>abs</c>).</summary>
    public static Expr Abs(Expr x) => UnaryExpr.Create(UnaryOperator.Abs, x);

    /// <summary>Largest integer ≤ x (Pulser <c>floor</c>).</summary>
    public static Expr Floor(Expr x) => UnaryExpr.Create(UnaryOperator.Floor, x);

    /// <summary>Smallest integer ≥ x (Pulser <c>ceil</c>).</summary>
    public static Expr Ceiling(Expr x) => UnaryExpr.Create(UnaryOperator.Ceiling, x);

    /// <summary>Square root (Pulser <c>sqrt</c>).</summary>
    public static Expr Sqrt(Expr x) => UnaryExpr.Create(UnaryOperator.Sqrt, x);

    /// <summary>eˣ (Pulser <c>exp</c>).</summary>
    public static Expr Exp(Expr x) => UnaryExpr.Create(UnaryOperator.Exp, x);

    /// <summary>Natural logarithm (Pulser <c>log</c>).</summary>
    public static Expr Log(Expr x) => UnaryExpr.Create(UnaryOperator.Log, x);

    /// <summary>Base-2 logarithm (Pulser <c>log2</c>).</summary>
    public static Expr Log2(Expr x) => UnaryExpr.Create(UnaryOperator.Log2, x);

    /// <summary>Sine of radians (Pulser <c>sin</c>).</summary>
    public static Expr Sin(Expr x) => UnaryExpr.Create(UnaryOperator.Sin, x);

    /// <summary>Cosine of radians (Pulser <c>cos</c>).</summary>
    public static Expr Cos(Expr x) => UnaryExpr.Create(UnaryOperator.Cos, x);

    /// <summary>Tangent of radians (Pulser <c>tan</c>).</summary>
    public static Expr Tan(Expr x) => UnaryExpr.Create(UnaryOperator.Tan, x);

    /// <summary>Hyperbolic tangent (Pulser <c>tanh</c>).</summary>
    public static Expr Tanh(Expr x) => UnaryExpr.Create(UnaryOperator.Tanh, x);

    /// <summary>
    /// The value with every variable bound from <paramref name="values"/> (by wire name). Int variables take the
    /// value truncated toward zero, as Pulser casts them.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A variable this expression reads has no value.</exception>
    public abstract double Evaluate(IReadOnlyDictionary<string, double> values);

    /// <summary>The value of a constant expression.</summary>
    /// <exception cref="InvalidOperationException">The expression reads a variable.</exception>
    public double Evaluate() => IsConstant
        ? Evaluate(EmptyValues)
        : throw new InvalidOperationException($"'{this}' reads variables ({string.Join(", ", VariableNames)}); bind them to evaluate it.");

    /// <summary>A readable form, for example <c>(omega_max * 2)</c>.</summary>
    public abstract override string ToString();

    internal abstract void CollectVariables(ISet<string> names);

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static readonly IReadOnlyDictionary<string, double> EmptyValues = new Dictionary<string, double>();
}
