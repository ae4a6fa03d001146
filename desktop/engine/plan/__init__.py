"""A plan: what the planner computes for a case, and the views of it the engine writes itself."""
