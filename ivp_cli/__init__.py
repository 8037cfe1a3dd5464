"""ivp: Integraal Veiligheidsplannen as versioned, validated data."""

__version__ = "0.1.0"
