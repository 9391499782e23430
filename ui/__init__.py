"""The reviewer workspace: a Streamlit app (``anjuan ui``) that renders review's models."""
