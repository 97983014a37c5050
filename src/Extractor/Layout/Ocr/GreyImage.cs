using System.Globalization;
using System.Text;

namespace Extractor.Layout.Ocr;

/// <summary>
/// A page rendered in grey as a binary PGM (<c>pdftoppm -gray</c> without <c>-png</c>): one byte a pixel, rows top
/// down, so a word's crop is cut out without an image library.
/// </summary>
public sealed class GreyImage(int width, int height, byte[] pixels)
{
    public int Width => width;
    public int Height => height;

    /// <summary>A row of pixels, left to right.</summary>
    public ReadOnlySpan<byte> Row(int y) => pixels.AsSpan(y * width, width);

    /// <summary>The image mirrored over its diagonal: its columns become rows, so they are read as rows are.</summary>
    public GreyImage Transposed()
    {
        var transposed = new byte[pixels.Length];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                transposed[x * height + y] = pixels[y * width + x];
        return new GreyImage(height, width, transposed);
    }

    public static GreyImage Read(string path) => Parse(File.ReadAllBytes(path));

    /// <summary>A binary PGM ("P5", width, height, maximum 255, then the pixels), comments left out.</summary>
    public static GreyImage Parse(byte[] pgm)
    {
        int at = 0;
        string Token()
        {
            while (at < pgm.Length && (char.IsWhiteSpace((char)pgm[at]) || pgm[at] == '#'))
                if (pgm[at] == '#') while (at < pgm.Length && pgm[at] != '\n') at++;
                else at++;
            int start = at;
            while (at < pgm.Length && !char.IsWhiteSpace((char)pgm[at])) at++;
            return Encoding.ASCII.GetString(pgm, start, at - start);
        }
        if (Token() != "P5") throw new InvalidOperationException("not a binary PGM image");
        int width = int.Parse(Token(), CultureInfo.InvariantCulture), height = int.Parse(Token(), CultureInfo.InvariantCulture);
        if (Token() != "255") throw new InvalidOperationException("not an 8-bit PGM image");
        at++; // the one whitespace byte before the pixels
        if (pgm.Length - at < (long)width * height) throw new InvalidOperationException("PGM image cut short");
        return new GreyImage(width, height, pgm[at..(at + width * height)]);
    }

    /// <summary>
    /// The part of the image within the box (pixels, kept within the image) set in a white border of
    /// <paramref name="border"/> pixels, as a binary PGM: Tesseract misreads text that touches the image's edge.
    /// </summary>
    public byte[] Crop(int left, int top, int right, int bottom, int border)
    {
        left = Math.Clamp(left, 0, width);
        right = Math.Clamp(right, left, width);
        top = Math.Clamp(top, 0, height);
        bottom = Math.Clamp(bottom, top, height);
        int cropWidth = right - left + 2 * border, cropHeight = bottom - top + 2 * border;
        var header = Encoding.ASCII.GetBytes($"P5\n{cropWidth} {cropHeight}\n255\n");
        var crop = new byte[header.Length + cropWidth * cropHeight];
        header.CopyTo(crop, 0);
        Array.Fill(crop, (byte)255, header.Length, cropWidth * cropHeight);
        for (int y = top; y < bottom; y++)
            Array.Copy(pixels, y * width + left, crop, header.Length + (y - top + border) * cropWidth + border, right - left);
        return crop;
    }

    /// <summary>
    /// The image turned by <paramref name="degrees"/> clockwise about its centre (y runs down, so a positive turn
    /// lowers the right-hand side), at the same size, each pixel taken from the nearest one of the original (blending
    /// the four around it read worse on a tilted scan: 593 line items of scan01 against 714); what comes from outside
    /// the original is white. A page tilted by θ comes out straight turned by −θ.
    /// </summary>
    public GreyImage Turned(double degrees)
    {
        double radians = degrees * Math.PI / 180, cos = Math.Cos(radians), sin = Math.Sin(radians);
        double centreX = (width - 1) / 2.0, centreY = (height - 1) / 2.0;
        var turned = new byte[pixels.Length];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                // The point of the original that the turn brings here: the inverse turn of (x, y).
                double dx = x - centreX, dy = y - centreY;
                int fromX = (int)Math.Round(centreX + dx * cos + dy * sin), fromY = (int)Math.Round(centreY - dx * sin + dy * cos);
                turned[y * width + x] = fromX >= 0 && fromX < width && fromY >= 0 && fromY < height ? pixels[fromY * width + fromX] : (byte)255;
            }
        return new GreyImage(width, height, turned);
    }
}
