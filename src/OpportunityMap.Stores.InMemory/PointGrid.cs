using System.Buffers;
using System.Numerics;
using NetTopologySuite.Geometries;
using OpportunityMap.Core.Layers;

namespace OpportunityMap.Stores.InMemory;

/// <summary>
/// A uniform grid over a layer of points: the positions of each cell's points lie together in one array, so a box
/// query reads the cells the box overlaps and tests coordinates only in the cells on its edge. For points this does
/// the work of an STRtree with no tree walk, no per-node calls and no per-query allocation beyond the answer, and it
/// gives the same answer as PostGIS <c>ST_Intersects</c>: a point on the box's edge or corner is inside.
/// </summary>
internal sealed class PointGrid
{
    // About this many points per cell; the grid is square in cells, at most MaxSide on a side.
    private const double PointsPerCell = 4;
    private const int MaxSide = 2048;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly Envelope _extent;
    private readonly double _cellWidth;
    private readonly double _cellHeight;
    private readonly int _side;
    private readonly int[] _cellStart;
    private readonly int[] _positions;

    private PointGrid(double[] x, double[] y, Envelope extent)
    {
        _x = x;
        _y = y;
        _extent = extent;
        _side = Math.Clamp((int)Math.Ceiling(Math.Sqrt(x.Length / PointsPerCell)), 1, MaxSide);
        // A layer whose points share one x (or y) has a zero-width extent: one column (row) then holds them all.
        _cellWidth = extent.Width > 0 ? extent.Width / _side : 1;
        _cellHeight = extent.Height > 0 ? extent.Height / _side : 1;

        // Counting sort by cell; within a cell, positions stay in ascending (id) order.
        var cells = new int[x.Length];
        _cellStart = new int[(_side * _side) + 1];
        for (var i = 0; i < x.Length; i++)
        {
            cells[i] = Cell(Column(x[i]), Row(y[i]));
            _cellStart[cells[i] + 1]++;
        }

        for (var c = 1; c < _cellStart.Length; c++)
        {
            _cellStart[c] += _cellStart[c - 1];
        }

        _positions = new int[x.Length];
        var next = _cellStart[..^1];
        for (var i = 0; i < x.Length; i++)
        {
            _positions[next[cells[i]]++] = i;
        }
    }

    /// <summary>The grid of <paramref name="features"/> (by position), or null unless every geometry is a non-empty point.</summary>
    public static PointGrid? TryBuild(IReadOnlyList<LayerFeature> features)
    {
        if (features.Count == 0)
        {
            return null;
        }

        var x = new double[features.Count];
        var y = new double[features.Count];
        var extent = new Envelope();
        for (var i = 0; i < features.Count; i++)
        {
            if (features[i].Geometry is not Point { IsEmpty: false } point || !double.IsFinite(point.X) || !double.IsFinite(point.Y))
            {
                return null;
            }

            x[i] = point.X;
            y[i] = point.Y;
            extent.ExpandToInclude(point.X, point.Y);
        }

        return new PointGrid(x, y, extent);
    }

    /// <summary>The positions, ascending, of the points inside <paramref name="box"/> (its edges included).</summary>
    public List<int> Query(Envelope box)
    {
        if (!box.Intersects(_extent))
        {
            return [];
        }

        // Hits are marked in a bitmap by position and read back in order: ascending without a sort.
        var length = (_x.Length + 63) >> 6;
        var words = ArrayPool<ulong>.Shared.Rent(length);
        Array.Clear(words, 0, length); // a rented array holds someone's old bits
        int first = int.MaxValue, last = -1, count = 0;
        try
        {
            int c0 = Column(box.MinX), c1 = Column(box.MaxX), r0 = Row(box.MinY), r1 = Row(box.MaxY);
            for (var row = r0; row <= r1; row++)
            {
                for (var column = c0; column <= c1; column++)
                {
                    // Column and Row never decrease as the coordinate grows, so a cell strictly between the box's
                    // first and last columns (rows) holds only points strictly inside its x (y) range: no test needed.
                    var inside = column > c0 && column < c1 && row > r0 && row < r1;
                    var cell = Cell(column, row);
                    for (var k = _cellStart[cell]; k < _cellStart[cell + 1]; k++)
                    {
                        var position = _positions[k];
                        if (inside || (_x[position] >= box.MinX && _x[position] <= box.MaxX && _y[position] >= box.MinY && _y[position] <= box.MaxY))
                        {
                            var word = position >> 6;
                            first = Math.Min(first, word);
                            last = Math.Max(last, word);
                            words[word] |= 1UL << (position & 63);
                            count++;
                        }
                    }
                }
            }

            var result = new List<int>(count);
            for (var w = first; w <= last; w++)
            {
                for (var bits = words[w]; bits != 0; bits &= bits - 1)
                {
                    result.Add((w << 6) + BitOperations.TrailingZeroCount(bits));
                }
            }

            return result;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
        }
    }

    private int Column(double x) => Math.Clamp((int)Math.Floor((x - _extent.MinX) / _cellWidth), 0, _side - 1);

    private int Row(double y) => Math.Clamp((int)Math.Floor((y - _extent.MinY) / _cellHeight), 0, _side - 1);

    private int Cell(int column, int row) => (row * _side) + column;
}
