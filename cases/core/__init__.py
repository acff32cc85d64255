"""The advisor's core: plain Python, no Django models, no requests.

Everything here can be imported and tested without a database; the web views and the
`assess` management command are thin layers over it.
"""
