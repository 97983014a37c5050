using Extractor.Layout.Ocr;

namespace Extractor.Tests.Layout.Ocr;

/// <summary>A white page image to draw black lines, strokes and specks into, for the image readers' tests.</summary>
internal sealed class PageImage(int width, int height)
{
    private readonly byte[] pixels = Enumerable.Repeat((byte)255, width * height).ToArray();

    public PageImage Fill(int left, int top, int right, int bottom)
    {
        for (int y = top; y < bottom; y++)
            for (int x = left; x < right; x++)
                Ink(x, y);
        return this;
    }

    /// <summary>A line from (left, y) to (right, y + (right − left)·tan <paramref name="degrees"/>), <paramref name="thickness"/> pixels high.</summary>
    public PageImage Line(int left, int right, double y, double degrees, int thickness = 2)
    {
        double slope = Math.Tan(degrees * Math.PI / 180);
        for (int x = left; x < right; x++)
            for (int t = 0; t < thickness; t++)
                Ink(x, (int)Math.Round(y + (x - left) * slope) + t);
        return this;
    }

    public PageImage Ink(int x, int y)
    {
        if (x >= 0 && x < width && y >= 0 && y < height) pixels[y * width + x] = 0;
        return this;
    }

    public PageImage Paper(int x, int y)
    {
        pixels[y * width + x] = 255;
        return this;
    }

    public GreyImage Grey() => new(width, height, (byte[])pixels.Clone());
}
