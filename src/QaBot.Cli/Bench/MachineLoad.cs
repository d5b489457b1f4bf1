using System.Globalization;

namespace QaBot.Cli.Bench;

/// <summary>The 1-minute load average (Linux <c>/proc/loadavg</c>), so every figure says how busy the machine was.</summary>
internal static class MachineLoad
{
    public static double? Now()
    {
        try
        {
            var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : null;
            return text is null ? null : double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
