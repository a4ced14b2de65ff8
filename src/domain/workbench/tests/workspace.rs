use super::Make;
