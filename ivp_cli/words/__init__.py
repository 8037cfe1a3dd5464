"""Every phrase, number, period, date and status label ivp writes, in Dutch and English."""
