using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace QuantumDsl.Generators.Helpers;

/// <summary>
/// An indentation-aware writer for emitting C# (no syntax trees, no formatting pass). Interpolated arguments are appended
/// in place by <see cref="IndentedHandler"/> / <see cref="RawHandler"/>, so a line costs no temporary strings, and the
/// builder comes from <see cref="StringBuilderPool"/>: emitting a file allocates little more than the file itself.
/// </summary>
internal sealed class SourceWriter
{
    private StringBuilder? _builder = StringBuilderPool.Rent();
    private int _indentation;

    internal StringBuilder Builder => _builder ?? throw new InvalidOperationException("The writer was already turned into text.");

    /// <summary>A complete line, indented (an empty line has no indentation).</summary>
    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            Indent().Append(text);
        }

        Builder.Append('\n');
        return this;
    }

    /// <summary>A complete line, indented, with interpolated parts appended in place.</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref IndentedHandler text)
    {
        Builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line (indented) to be continued with <see cref="Append(string)"/> and ended with <see cref="EndLine(string)"/>.</summary>
    public SourceWriter StartLine(string text)
    {
        Indent().Append(text);
        return this;
    }

    /// <inheritdoc cref="StartLine(string)"/>
    public SourceWriter StartLine([InterpolatedStringHandlerArgument("")] ref IndentedHandler text) => this;

    public SourceWriter Append(string text)
    {
        Builder.Append(text);
        return this;
    }

    public SourceWriter Append([InterpolatedStringHandlerArgument("")] ref RawHandler text) => this;

    public SourceWriter EndLine(string text = "")
    {
        Builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> and <c>{</c>, then indents.</summary>
    public SourceWriter Open(string header)
    {
        Line(header);
        return OpenBrace();
    }

    /// <inheritdoc cref="Open(string)"/>
    public SourceWriter Open([InterpolatedStringHandlerArgument("")] ref IndentedHandler header)
    {
        Builder.Append('\n');
        return OpenBrace();
    }

    public SourceWriter Close(string suffix = "")
    {
        _indentation--;
        Indent().Append('}').Append(suffix).Append('\n');
        return this;
    }

    /// <summary>The text; the builder goes back to the pool and the writer cannot be used again.</summary>
    public string ToStringAndFree()
    {
        if (_indentation != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation in generated source.");
        }

        var builder = Builder;
        _builder = null;
        return StringBuilderPool.ToStringAndReturn(builder);
    }

    private SourceWriter OpenBrace()
    {
        Indent().Append('{').Append('\n');
        _indentation++;
        return this;
    }

    private StringBuilder Indent() => Builder.Append(' ', _indentation * 4);

    /// <summary>Appends an indented line's interpolated parts straight into the writer's builder.</summary>
    [InterpolatedStringHandler]
    internal readonly struct IndentedHandler
    {
        private readonly StringBuilder _builder;

        public IndentedHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _ = literalLength;
            _ = formattedCount;
            _builder = writer.Indent();
        }

        public void AppendLiteral(string value) => _builder.Append(value);

        /// <summary>Only strings: numbers go through <see cref="Literals"/> so that they are always culture-invariant.</summary>
        public void AppendFormatted(string? value) => _builder.Append(value);
    }

    /// <summary>Appends interpolated parts, without indentation, straight into the writer's builder.</summary>
    [InterpolatedStringHandler]
    internal readonly struct RawHandler
    {
        private readonly StringBuilder _builder;

        public RawHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _ = literalLength;
            _ = formattedCount;
            _builder = writer.Builder;
        }

        public void AppendLiteral(string value) => _builder.Append(value);

        /// <inheritdoc cref="IndentedHandler.AppendFormatted(string)"/>
        public void AppendFormatted(string? value) => _builder.Append(value);
    }
}
