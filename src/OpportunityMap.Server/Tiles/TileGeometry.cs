using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace OpportunityMap.Server.Tiles;

/// <summary>
/// Turns a lon/lat geometry into Mapbox Vector Tile geometry commands (spec 2.1, section 4.3): projected to the
/// tile's integer grid, clipped to the tile plus a buffer, exterior rings with positive area in tile coordinates
/// (clockwise on screen) and holes the other way.
/// </summary>
internal static class TileGeometry
{
    public const uint Point = 1;
    public const uint Polygon = 3;
    private const uint MoveTo = 1;
    private const uint LineTo = 2;
    private const uint ClosePath = 7;
    private static readonly GeometryFactory Grid = new(new PrecisionModel(1.0));

    /// <summary>The geometry type and commands, or <c>null</c> when nothing of the geometry falls in the clip box.</summary>
    public static (uint Type, List<uint> Commands)? Encode(Geometry geometry, TileAddress tile, int extent, int buffer)
    {
        var local = Grid.CreateGeometry(geometry);
        local.Apply(new ToTileFilter(tile, extent));
        var clip = new Envelope(-buffer, extent + buffer, -buffer, extent + buffer);
        return local switch
        {
            IPolygonal => EncodePolygons(local, clip),
            IPuntal => EncodePoints(local, clip),
            _ => null,
        };
    }

    private static (uint, List<uint>)? EncodePolygons(Geometry local, Envelope clip)
    {
        if (!local.EnvelopeInternal.Intersects(clip))
        {
            return null;
        }

        // Clipping and rounding to the integer grid in one snap-rounded overlay keeps the result valid; neighbours'
        // shared edges round to the same integers, so they stay shared in the tile.
        var clipped = OverlayNG.Overlay(local, Grid.ToGeometry(clip), SpatialFunction.Intersection, Grid.PrecisionModel);
        var commands = new List<uint>();
        var cursor = (X: 0L, Y: 0L);
        foreach (Polygon polygon in PolygonExtracter.GetPolygons(clipped))
        {
            if (AddRing(commands, ref cursor, polygon.ExteriorRing.Coordinates, exterior: true))
            {
                foreach (var hole in polygon.InteriorRings)
                {
                    AddRing(commands, ref cursor, hole.Coordinates, exterior: false);
                }
            }
        }

        return commands.Count == 0 ? null : (Polygon, commands);
    }

    private static (uint, List<uint>)? EncodePoints(Geometry local, Envelope clip)
    {
        var points = local.Coordinates
            .Select(c => (X: (long)Math.Round(c.X), Y: (long)Math.Round(c.Y)))
            .Where(p => clip.Contains(p.X, p.Y))
            .ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var commands = new List<uint> { Command(MoveTo, points.Count) };
        var cursor = (X: 0L, Y: 0L);
        foreach (var point in points)
        {
            AddDelta(commands, ref cursor, point);
        }

        return (Point, commands);
    }

    // Adds one closed ring (MoveTo, LineTo, ClosePath) in the orientation the spec asks for; false if it collapsed.
    private static bool AddRing(List<uint> commands, ref (long X, long Y) cursor, Coordinate[] ring, bool exterior)
    {
        var points = ring.Take(ring.Length - 1).Select(c => (X: (long)c.X, Y: (long)c.Y)).ToList();
        var area = 0L;
        for (var i = 0; i < points.Count; i++)
        {
            var (a, b) = (points[i], points[(i + 1) % points.Count]);
            area += (a.X * b.Y) - (b.X * a.Y);
        }

        if (points.Count < 3 || area == 0)
        {
            return false;
        }

        if ((area > 0) != exterior)
        {
            points.Reverse();
        }

        commands.Add(Command(MoveTo, 1));
        AddDelta(commands, ref cursor, points[0]);
        commands.Add(Command(LineTo, points.Count - 1));
        foreach (var point in points.Skip(1))
        {
            AddDelta(commands, ref cursor, point);
        }

        commands.Add(Command(ClosePath, 1));
        return true;
    }

    private static void AddDelta(List<uint> commands, ref (long X, long Y) cursor, (long X, long Y) point)
    {
        commands.Add(ZigZag(point.X - cursor.X));
        commands.Add(ZigZag(point.Y - cursor.Y));
        cursor = point;
    }

    private static uint Command(uint id, int count) => (id & 0x7) | ((uint)count << 3);

    private static uint ZigZag(long value) => (uint)((value << 1) ^ (value >> 63));

    private sealed class ToTileFilter(TileAddress tile, int extent) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = tile.ToTile(seq.GetX(i), seq.GetY(i), extent);
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
