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

    /// <summary>The image with the boxes (pixels, right and bottom exclusive, kept within the image) painted white.</summary>
    public GreyImage Painted(IEnumerable<(int Left, int Top, int Right, int Bottom)> boxes)
    {
        var painted = (byte[])pixels.Clone();
        foreach (var (left, top, right, bottom) in boxes)
        {
            int fromX = Math.Max(0, left), toX = Math.Min(width, right);
            if (toX <= fromX) continue;
            for (int y = Math.Max(0, top); y < Math.Min(height, bottom); y++)
                painted.AsSpan(y * width + fromX, toX - fromX).Fill(255);
        }
        return new GreyImage(width, height, painted);
    }

    /// <summary>The image turned by <paramref name="quarters"/> quarter turns clockwise, its width and height swapped for an odd number.</summary>
    public GreyImage TurnedQuarters(int quarters)
    {
        quarters = ((quarters % 4) + 4) % 4;
        if (quarters == 0) return this;
        int turnedWidth = quarters == 2 ? width : height, turnedHeight = quarters == 2 ? height : width;
        var turned = new byte[pixels.Length];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                var (toX, toY) = quarters switch
                {
                    1 => (height - 1 - y, x),
                    2 => (width - 1 - x, height - 1 - y),
                    _ => (y, width - 1 - x),
                };
                turned[toY * turnedWidth + toX] = pixels[y * width + x];
            }
        return new GreyImage(turnedWidth, turnedHeight, turned);
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
    /// How much darker than the paper a pixel is to be ink or a speck to <see cref="Specks"/>: the faint grey of a
    /// blurred speck included, a grainy paper's grain (a few levels either way) not.
    /// </summary>
    private const int SpeckDarkerBy = 35;

    /// <summary>
    /// How many pixels in ten thousand are specks: pixels darker than the paper (the page's median grey) by
    /// <see cref="SpeckDarkerBy"/> or more, with at most three others so in the 5×5 pixels around them. Printed text
    /// has few (decimal points, the odd stroke end: under 7 on every page of the scans at 200 dpi, rendered from 110 to
    /// 300 dpi or as JPEG); the same pages dusted with noise have 80 to 120.
    /// </summary>
    public double Specks()
    {
        if (pixels.Length == 0) return 0;
        int darkBelow = Paper() - SpeckDarkerBy;
        // Dark pixels counted over every rectangle from the origin, so a window's count is four lookups.
        int stride = width + 1;
        var counts = new int[stride * (height + 1)];
        for (int y = 0; y < height; y++)
        {
            int inRow = 0;
            for (int x = 0; x < width; x++)
            {
                if (pixels[y * width + x] < darkBelow) inRow++;
                counts[(y + 1) * stride + x + 1] = counts[y * stride + x + 1] + inRow;
            }
        }
        long specks = 0;
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                if (pixels[y * width + x] >= darkBelow) continue;
                int left = Math.Max(0, x - 2), right = Math.Min(width, x + 3), top = Math.Max(0, y - 2), bottom = Math.Min(height, y + 3);
                int dark = counts[bottom * stride + right] - counts[top * stride + right] - counts[bottom * stride + left] + counts[top * stride + left];
                if (dark <= 4) specks++;
            }
        return specks * 10_000.0 / pixels.Length;
    }

    /// <summary>The paper's grey: the median of the page's pixels, most of a page being paper.</summary>
    private int Paper()
    {
        var histogram = new long[256];
        foreach (byte pixel in pixels) histogram[pixel]++;
        long seen = 0;
        for (int grey = 0; grey < 256; grey++)
            if ((seen += histogram[grey]) * 2 >= pixels.Length) return grey;
        return 255;
    }

    /// <summary>
    /// The image with each pixel replaced by the median of the 3×3 pixels around it (the border kept as it is):
    /// specks of a noisy scan, a pixel or two across, go, while strokes at <see cref="TesseractOcr.Dpi"/>, two or
    /// more pixels wide, stay, though thinned (a stroke's end pixels and thin diagonals go too). Tesseract binarises
    /// the whole page with one threshold, and a page dusted with grey specks came out as letters of noise over every
    /// table.
    /// </summary>
    public GreyImage Median3()
    {
        var median = (byte[])pixels.Clone();
        Span<byte> window = stackalloc byte[9];
        for (int y = 1; y < height - 1; y++)
            for (int x = 1; x < width - 1; x++)
            {
                int at = y * width + x, k = 0;
                for (int dy = -width; dy <= width; dy += width)
                    for (int dx = -1; dx <= 1; dx++) window[k++] = pixels[at + dy + dx];
                median[at] = MedianOfNine(window);
            }
        return new GreyImage(width, height, median);
    }

    /// <summary>The median of nine values by partial insertion: the five smallest kept in order, the fifth returned.</summary>
    private static byte MedianOfNine(Span<byte> values)
    {
        Span<byte> lowest = stackalloc byte[5];
        int count = 0;
        foreach (byte value in values)
        {
            int i = Math.Min(count, 4);
            if (count >= 5 && value >= lowest[4]) continue;
            while (i > 0 && lowest[i - 1] > value) { lowest[i] = lowest[i - 1]; i--; }
            lowest[i] = value;
            if (count < 5) count++;
        }
        return lowest[4];
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
