namespace GameTime.Render.Gif;

/// <summary>GIF data sub-blocks: a length byte (1..255) before each chunk, and a zero-length block to end the run.</summary>
internal sealed class SubBlockWriter
{
    private readonly Stream _output;
    private readonly byte[] _block = new byte[256];
    private int _length;

    public SubBlockWriter(Stream output) => _output = output;

    public void Write(byte value)
    {
        _block[++_length] = value;
        if (_length == 255) FlushBlock();
    }

    /// <summary>Writes what is pending and the block terminator.</summary>
    public void End()
    {
        if (_length > 0) FlushBlock();
        _output.WriteByte(0);
    }

    private void FlushBlock()
    {
        _block[0] = (byte)_length;
        _output.Write(_block, 0, _length + 1);
        _length = 0;
    }
}
