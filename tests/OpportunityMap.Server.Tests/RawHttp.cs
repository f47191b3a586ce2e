using System.Net.Sockets;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// HTTP/1.1 written byte by byte to a real Kestrel port, for what HttpClient will not send: a body larger than
/// declared limits, a broken chunked encoding, a body that trickles, a malformed request line.
/// </summary>
internal static class RawHttp
{
    /// <summary>A response as read off the socket: status, headers (lower-case names) and the decoded body.</summary>
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public string? ContentType => Headers.GetValueOrDefault("content-type")?.Split(';')[0];
    }

    public static Task<Response> SendAsync(Uri server, string head, byte[]? body = null) =>
        SendAsync(server, Encoding.ASCII.GetBytes(head), body ?? [], chunk: int.MaxValue, pause: TimeSpan.Zero);

    /// <summary>Sends the head, then the body <paramref name="chunk"/> bytes at a time with a pause between.</summary>
    public static async Task<Response> SendAsync(Uri server, byte[] head, byte[] body, int chunk, TimeSpan pause)
    {
        var token = TestContext.Current.CancellationToken;
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, token);
        var stream = client.GetStream();
        await stream.WriteAsync(head, token);
        try
        {
            for (var offset = 0; offset < body.Length; offset += chunk)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(chunk, body.Length - offset)), token);
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, token);
                }
            }
        }
        catch (IOException)
        {
            // The server gave up on the body and closed its side: its answer is still there to read.
        }

        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, token)) > 0)
            {
                received.Write(buffer, 0, read);
                if (Complete(received.ToArray()))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // A reset after the answer.
        }

        return Parse(received.ToArray());
    }

    /// <summary>A request head: the request line, Host, the extra header lines, and Connection: close.</summary>
    public static string Head(string requestLine, params string[] headers) =>
        $"{requestLine}\r\nHost: localhost\r\n{string.Concat(headers.Select(h => h + "\r\n"))}Connection: close\r\n\r\n";

    private static bool Complete(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var headers = text[..end].ToLowerInvariant();
        var body = text[(end + 4)..];
        if (headers.Contains("transfer-encoding: chunked", StringComparison.Ordinal))
        {
            return body.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
        }

        var length = headers.Split("\r\n").FirstOrDefault(l => l.StartsWith("content-length:", StringComparison.Ordinal));
        return length is not null && Encoding.Latin1.GetByteCount(body) >= int.Parse(length[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Response Parse(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        Assert.True(text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal), $"no HTTP response: '{text[..Math.Min(200, text.Length)]}'");
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = text[..end].Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = text[(end + 4)..];
        if (headers.GetValueOrDefault("transfer-encoding") == "chunked")
        {
            body = Unchunk(body);
        }

        return new Response(int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, body);
    }

    private static string Unchunk(string chunked)
    {
        var result = new StringBuilder();
        var position = 0;
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[position..lineEnd].Split(';')[0], 16);
            if (size == 0)
            {
                return result.ToString();
            }

            // Sizes count bytes; the body is ASCII JSON here, so characters and bytes agree.
            result.Append(chunked, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }
}
